//! The knowledge graph: typed nodes and edges over petgraph, merged across
//! documents, with evidence on every edge and statement.
//!
//! Nodes merge by id (countries by ISO code, gazetteer entities by their id,
//! others by type and normalised name), so adding a second article extends
//! the nodes it shares with the first; adding an article already in the graph
//! (same document id) changes nothing. The serialised form (`store`) is the
//! newsgraph graph file; exports to other formats live in `crate::export`.

mod merge;
pub mod store;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::mentions::EntityType;
use crate::quotes::StatementKind;

/// Where a fact was read: document, byte span, and the sentence itself.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub document: String,
    pub start: usize,
    pub end: usize,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub name: String,
    /// Every surface form seen, demonyms with a leading `~`.
    pub aliases: BTreeSet<String>,
    pub mentions: usize,
    pub documents: BTreeSet<String>,
    /// Roles held, as "title" or "title @ node id".
    #[serde(default)]
    pub roles: BTreeSet<String>,
    /// Why mentions were merged into this node, per document.
    #[serde(default)]
    pub merge_log: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    Said,
    AffiliatedWith,
    PartOf,
    LocatedIn,
    Met,
    Visited,
    FocusesOn,
    InterviewedBy,
    CoMentioned,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Said => "said",
            EdgeKind::AffiliatedWith => "affiliated_with",
            EdgeKind::PartOf => "part_of",
            EdgeKind::LocatedIn => "located_in",
            EdgeKind::Met => "met",
            EdgeKind::Visited => "visited",
            EdgeKind::FocusesOn => "focuses_on",
            EdgeKind::InterviewedBy => "interviewed_by",
            EdgeKind::CoMentioned => "co_mentioned",
        }
    }

    pub const ALL: [EdgeKind; 9] = [
        EdgeKind::Said,
        EdgeKind::AffiliatedWith,
        EdgeKind::PartOf,
        EdgeKind::LocatedIn,
        EdgeKind::Met,
        EdgeKind::Visited,
        EdgeKind::FocusesOn,
        EdgeKind::InterviewedBy,
        EdgeKind::CoMentioned,
    ];

    /// The kind named as in the graph file (`part_of`); `-` for `_` is
    /// accepted because that is how command-line flags are usually written.
    pub fn parse(s: &str) -> Option<EdgeKind> {
        let s = s.to_ascii_lowercase().replace('-', "_");
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub kind: EdgeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// How many pieces of evidence support it (co-mentions: sentences shared).
    pub weight: usize,
    pub evidence: Vec<Evidence>,
}

/// A quotation or reported statement, with its speaker and what it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub id: String,
    pub kind: StatementKind,
    pub text: String,
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    pub about: Vec<String>,
    pub document: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub span: Span,
    pub paragraph: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sieve: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub origin: String,
}

#[derive(Debug, Default, Clone)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Node, Edge>,
    index: HashMap<String, NodeIndex>,
    edge_index: HashMap<(NodeIndex, NodeIndex, EdgeKind, Option<String>), EdgeIndex>,
    pub documents: BTreeMap<String, DocumentInfo>,
    pub statements: Vec<StatementRecord>,
}

impl KnowledgeGraph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    pub fn node_index(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Edges as (source id, target id, edge).
    pub fn edges(&self) -> impl Iterator<Item = (&str, &str, &Edge)> {
        self.graph.edge_indices().map(move |e| {
            let (a, b) = self
                .graph
                .edge_endpoints(e)
                .expect("edge index from this graph");
            (
                self.graph[a].id.as_str(),
                self.graph[b].id.as_str(),
                &self.graph[e],
            )
        })
    }

    pub fn contains_document(&self, id: &str) -> bool {
        self.documents.contains_key(id)
    }

    fn upsert_node(&mut self, node: Node) -> NodeIndex {
        match self.index.get(&node.id) {
            Some(&i) => {
                let existing = &mut self.graph[i];
                existing.aliases.extend(node.aliases);
                existing.mentions += node.mentions;
                existing.documents.extend(node.documents);
                existing.roles.extend(node.roles);
                existing.merge_log.extend(node.merge_log);
                i
            }
            None => {
                let id = node.id.clone();
                let i = self.graph.add_node(node);
                self.index.insert(id, i);
                i
            }
        }
    }

    fn add_evidence(
        &mut self,
        from: NodeIndex,
        to: NodeIndex,
        kind: EdgeKind,
        role: Option<String>,
        evidence: Evidence,
    ) {
        let key = (from, to, kind, role.clone());
        match self.edge_index.get(&key) {
            Some(&e) => {
                let edge = &mut self.graph[e];
                if !edge.evidence.contains(&evidence) {
                    edge.evidence.push(evidence);
                    edge.weight += 1;
                }
            }
            None => {
                let e = self.graph.add_edge(
                    from,
                    to,
                    Edge {
                        kind,
                        role,
                        weight: 1,
                        evidence: vec![evidence],
                    },
                );
                self.edge_index.insert(key, e);
            }
        }
    }

    /// Nodes matching a name: the id itself, the canonical name, any alias
    /// (compared normalised), or a person's family name. Several candidates
    /// mean the name is ambiguous.
    pub fn find_nodes(&self, name: &str) -> Vec<&Node> {
        if let Some(n) = self.node(name) {
            return vec![n];
        }
        let wanted = crate::names::normalize(name);
        let by_name: Vec<&Node> = self
            .nodes()
            .filter(|n| crate::names::normalize(&n.name) == wanted)
            .collect();
        if !by_name.is_empty() {
            return by_name;
        }
        let by_alias: Vec<&Node> = self
            .nodes()
            .filter(|n| {
                n.aliases
                    .iter()
                    .any(|a| crate::names::normalize(a.trim_start_matches('~')) == wanted)
            })
            .collect();
        if !by_alias.is_empty() {
            return by_alias;
        }
        // A surname asks for every person with that family name.
        let gaz = crate::gazetteer::Gazetteers::get();
        self.nodes()
            .filter(|n| {
                n.kind == EntityType::Person
                    && n.name.contains(' ')
                    && crate::resolve::split_name(gaz, &n.name).0 == wanted
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
