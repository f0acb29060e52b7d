//! Questions asked of a built graph: who said what (about whom), which
//! entities matter most, and why a node exists. Names resolve through
//! aliases; an ambiguous name is an error that lists the candidates.

use serde::Serialize;

use crate::graph::{KnowledgeGraph, Node, StatementRecord};
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
    pub roles: Vec<&'g str>,
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
                    .map(|n| n.roles.iter().map(String::as_str).collect())
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
