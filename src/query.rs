//! Questions asked of a built graph: who said what (about whom), which
//! entities matter most, why a node exists, what a node is linked to and
//! how two entities are connected. Names resolve through
//! aliases; an ambiguous name is an error that lists the candidates.

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::graph::{Edge, EdgeKind, Evidence, KnowledgeGraph, Node, StatementRecord};
use crate::mentions::EntityType;
use crate::quotes::StatementKind;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum QueryError {
    #[error("no entity named {0:?} in the graph")]
    NotFound(String),
    #[error("{name:?} is ambiguous: {}", candidates.join(", "))]
    Ambiguous {
        name: String,
        candidates: Vec<String>,
    },
}

/// The one node `name` denotes (an id, a canonical name or an alias).
pub fn resolve_name<'g>(g: &'g KnowledgeGraph, name: &str) -> Result<&'g Node, QueryError> {
    let found = g.find_nodes(name);
    match found.len() {
        0 => Err(QueryError::NotFound(name.to_string())),
        1 => Ok(found[0]),
        _ => {
            let mut candidates: Vec<String> = found
                .iter()
                .map(|n| format!("{} ({})", n.name, n.id))
                .collect();
            candidates.sort();
            Err(QueryError::Ambiguous {
                name: name.to_string(),
                candidates,
            })
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct QuoteFilter {
    pub speaker: Option<String>,
    pub about: Option<String>,
    pub contains: Option<String>,
    /// Inclusive ISO dates (YYYY-MM-DD); documents without a date pass only when no bound is set.
    pub since: Option<String>,
    pub until: Option<String>,
    pub kind: Option<StatementKind>,
}

#[derive(Debug, Serialize)]
pub struct QuoteView<'g> {
    pub kind: StatementKind,
    pub text: &'g str,
    pub speaker: Option<&'g str>,
    pub speaker_id: Option<&'g str>,
    /// Roles as written for people: "professor, Andes University".
    pub roles: Vec<String>,
    pub about: Vec<&'g str>,
    pub cue: Option<&'g str>,
    pub document: &'g str,
    pub date: Option<&'g str>,
    pub start: usize,
    pub end: usize,
}

pub fn quotes<'g>(
    g: &'g KnowledgeGraph,
    f: &QuoteFilter,
) -> Result<Vec<QuoteView<'g>>, QueryError> {
    let speaker = f
        .speaker
        .as_deref()
        .map(|n| resolve_name(g, n))
        .transpose()?
        .map(|n| n.id.as_str());
    let about = f
        .about
        .as_deref()
        .map(|n| resolve_name(g, n))
        .transpose()?
        .map(|n| n.id.as_str());
    let needle = f.contains.as_deref().map(str::to_lowercase);
    let keep = |s: &StatementRecord| -> bool {
        speaker.is_none_or(|id| s.speaker.as_deref() == Some(id))
            && about.is_none_or(|id| s.about.iter().any(|a| a == id))
            && needle
                .as_ref()
                .is_none_or(|n| s.text.to_lowercase().contains(n))
            && f.kind.is_none_or(|k| s.kind == k)
            && f.since
                .as_deref()
                .is_none_or(|d| s.date.as_deref().is_some_and(|x| x >= d))
            && f.until.as_deref().is_none_or(|d| {
                s.date
                    .as_deref()
                    .is_some_and(|x| x[..x.len().min(d.len())] <= *d)
            })
    };
    Ok(g.statements
        .iter()
        .filter(|s| keep(s))
        .map(|s| {
            let node = s.speaker.as_deref().and_then(|id| g.node(id));
            QuoteView {
                kind: s.kind,
                text: &s.text,
                speaker: node.map(|n| n.name.as_str()),
                speaker_id: s.speaker.as_deref(),
                roles: node
                    .map(|n| n.roles.iter().map(|r| readable_role(g, r)).collect())
                    .unwrap_or_default(),
                about: s
                    .about
                    .iter()
                    .filter_map(|a| g.node(a))
                    .map(|n| n.name.as_str())
                    .collect(),
                cue: s.cue.as_deref(),
                document: &s.document,
                date: s.date.as_deref(),
                start: s.span.start,
                end: s.span.end,
            }
        })
        .collect())
}

/// "professor @ institution:andes-university" as "professor, Andes University".
fn readable_role(g: &KnowledgeGraph, role: &str) -> String {
    match role.split_once(" @ ") {
        Some((title, id)) => format!("{title}, {}", g.node(id).map_or(id, |n| n.name.as_str())),
        None => role.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Ranking {
    Mentions,
    Degree,
}

#[derive(Debug, Serialize)]
pub struct EntityView<'g> {
    pub id: &'g str,
    pub name: &'g str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub mentions: usize,
    pub degree: usize,
    pub documents: usize,
    pub aliases: Vec<&'g str>,
}

pub fn entities<'g>(
    g: &'g KnowledgeGraph,
    kind: Option<EntityType>,
    top: Option<usize>,
    by: Ranking,
) -> Vec<EntityView<'g>> {
    let mut out: Vec<EntityView> = g
        .graph
        .node_indices()
        .map(|i| (i, &g.graph[i]))
        .filter(|(_, n)| kind.is_none_or(|k| n.kind == k))
        .map(|(i, n)| EntityView {
            id: &n.id,
            name: &n.name,
            kind: n.kind.as_str(),
            mentions: n.mentions,
            degree: g.graph.neighbors_undirected(i).count(),
            documents: n.documents.len(),
            aliases: n.aliases.iter().map(String::as_str).collect(),
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |e: &EntityView| match by {
            Ranking::Mentions => (e.mentions, e.degree),
            Ranking::Degree => (e.degree, e.mentions),
        };
        key(b).cmp(&key(a)).then(a.id.cmp(b.id))
    });
    if let Some(n) = top {
        out.truncate(n);
    }
    out
}

/// What `neighbors` follows and shows.
#[derive(Debug, Clone)]
pub struct NeighborFilter {
    /// Show only neighbours of this type (the walk still passes through others).
    pub kind: Option<EntityType>,
    /// Follow only edges of this kind.
    pub edge: Option<EdgeKind>,
    /// How many hops out from the start; 1 is the direct neighbours.
    pub depth: usize,
}

impl Default for NeighborFilter {
    fn default() -> Self {
        NeighborFilter {
            kind: None,
            edge: None,
            depth: 1,
        }
    }
}

/// One edge from a node already reached (`via`) to a neighbour at `depth`.
#[derive(Debug, Serialize)]
pub struct NeighborView<'g> {
    pub id: &'g str,
    pub name: &'g str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub depth: usize,
    pub via: &'g str,
    pub edge: &'static str,
    pub role: Option<&'g str>,
    /// "out" when the edge points from `via` to this node, "in" otherwise.
    pub direction: &'static str,
    pub weight: usize,
    pub evidence: Option<&'g Evidence>,
}

/// Every incident edge of `i` as (edge, other end, edge points away from `i`),
/// in a fixed order: relations before co-mentions, heavier first, then by id,
/// so answers do not depend on insertion order.
fn incident(
    g: &KnowledgeGraph,
    i: NodeIndex,
    keep: impl Fn(&Edge) -> bool,
) -> Vec<(&Edge, NodeIndex, bool)> {
    let out = g
        .graph
        .edges_directed(i, Direction::Outgoing)
        .map(|e| (e.weight(), e.target(), true));
    let inc = g
        .graph
        .edges_directed(i, Direction::Incoming)
        .map(|e| (e.weight(), e.source(), false));
    let mut all: Vec<_> = out.chain(inc).filter(|(e, _, _)| keep(e)).collect();
    all.sort_by(|a, b| {
        (a.0.kind == EdgeKind::CoMentioned)
            .cmp(&(b.0.kind == EdgeKind::CoMentioned))
            .then(b.0.weight.cmp(&a.0.weight))
            .then(g.graph[a.1].id.cmp(&g.graph[b.1].id))
            .then(a.0.kind.cmp(&b.0.kind))
    });
    all
}

/// The entities linked to `name`, breadth first up to `filter.depth` hops:
/// one row per edge that reaches a node first seen at that depth.
pub fn neighbors<'g>(
    g: &'g KnowledgeGraph,
    name: &str,
    filter: &NeighborFilter,
) -> Result<(&'g Node, Vec<NeighborView<'g>>), QueryError> {
    let start = resolve_name(g, name)?;
    let s = g
        .node_index(&start.id)
        .expect("resolved node is in the graph");
    let keep = |e: &Edge| filter.edge.is_none_or(|k| e.kind == k);
    let mut seen: HashSet<NodeIndex> = HashSet::from([s]);
    let mut frontier = vec![s];
    let mut rows = Vec::new();
    for depth in 1..=filter.depth {
        let mut next = Vec::new();
        let mut level: Vec<NeighborView> = Vec::new();
        for &from in &frontier {
            for (e, other, forward) in incident(g, from, keep) {
                if seen.contains(&other) {
                    continue;
                }
                if !next.contains(&other) {
                    next.push(other);
                }
                let n = &g.graph[other];
                if filter.kind.is_some_and(|k| n.kind != k) {
                    continue;
                }
                level.push(NeighborView {
                    id: &n.id,
                    name: &n.name,
                    kind: n.kind.as_str(),
                    depth,
                    via: &g.graph[from].id,
                    edge: e.kind.as_str(),
                    role: e.role.as_deref(),
                    direction: if forward { "out" } else { "in" },
                    weight: e.weight,
                    evidence: e.evidence.first(),
                });
            }
        }
        seen.extend(next.iter().copied());
        rows.extend(level);
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    Ok((start, rows))
}

/// One step of a path: the edge between two consecutive nodes.
#[derive(Debug, Serialize)]
pub struct Hop<'g> {
    pub from: &'g str,
    pub from_name: &'g str,
    pub to: &'g str,
    pub to_name: &'g str,
    pub edge: &'static str,
    pub role: Option<&'g str>,
    /// "forward" when the edge points from `from` to `to` as stored.
    pub direction: &'static str,
    pub weight: usize,
    pub evidence: Option<&'g Evidence>,
}

#[derive(Debug, Serialize)]
pub struct PathView<'g> {
    pub from: &'g str,
    pub to: &'g str,
    /// None when the two are not connected.
    pub hops: Option<Vec<Hop<'g>>>,
}

/// A shortest path between two entities, edges taken in either direction
/// (a person who said something about a country and the country's minister
/// are connected whichever way the edges point). Breadth first, so fewest
/// hops; ties go to relations over co-mentions and heavier edges.
pub fn path<'g>(
    g: &'g KnowledgeGraph,
    from: &str,
    to: &str,
    co_mentions: bool,
) -> Result<PathView<'g>, QueryError> {
    let a = resolve_name(g, from)?;
    let b = resolve_name(g, to)?;
    let (s, t) = (
        g.node_index(&a.id).expect("resolved node is in the graph"),
        g.node_index(&b.id).expect("resolved node is in the graph"),
    );
    let keep = |e: &Edge| co_mentions || e.kind != EdgeKind::CoMentioned;
    let mut parent: HashMap<NodeIndex, (NodeIndex, &Edge, bool)> = HashMap::new();
    let mut queue = VecDeque::from([s]);
    let mut seen: HashSet<NodeIndex> = HashSet::from([s]);
    while let Some(i) = queue.pop_front() {
        if i == t {
            break;
        }
        for (e, other, forward) in incident(g, i, keep) {
            if seen.insert(other) {
                parent.insert(other, (i, e, forward));
                queue.push_back(other);
            }
        }
    }
    if !seen.contains(&t) {
        return Ok(PathView {
            from: &a.id,
            to: &b.id,
            hops: None,
        });
    }
    let mut hops = Vec::new();
    let mut cur = t;
    while let Some(&(prev, e, forward)) = parent.get(&cur) {
        let (p, c) = (&g.graph[prev], &g.graph[cur]);
        hops.push(Hop {
            from: &p.id,
            from_name: &p.name,
            to: &c.id,
            to_name: &c.name,
            edge: e.kind.as_str(),
            role: e.role.as_deref(),
            direction: if forward { "forward" } else { "backward" },
            weight: e.weight,
            evidence: e.evidence.first(),
        });
        cur = prev;
    }
    hops.reverse();
    Ok(PathView {
        from: &a.id,
        to: &b.id,
        hops: Some(hops),
    })
}
