//! `newsgraph neighbors` and `newsgraph path`: walking a built graph from one
//! entity. Names resolve like everywhere else (aliases, ids; an ambiguous
//! name is an error listing the candidates). "No path" is an answer, not a
//! failure: it is printed and the exit code is 0, so scripts can tell it
//! apart from a bad name or file (exit 1).

use std::path::PathBuf;

use clap::Args;

use crate::graph::{EdgeKind, Evidence, KnowledgeGraph};
use crate::mentions::EntityType;
use crate::query::{self, NeighborFilter};

#[derive(Debug, Args)]
pub struct NeighborsArgs {
    /// A graph file written by `newsgraph build`.
    pub graph: PathBuf,
    /// The entity to start from (name, alias or node id).
    pub name: String,
    /// Only show neighbours of this type: person, institution, country, place, sector.
    #[arg(long = "type", value_parser = parse_type)]
    pub kind: Option<EntityType>,
    /// Only follow edges of this kind: said, affiliated_with, part_of, located_in,
    /// met, visited, focuses_on, interviewed_by, co_mentioned.
    #[arg(long, value_parser = parse_edge)]
    pub edge: Option<EdgeKind>,
    /// How many hops out to go (1 = direct neighbours).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10))]
    pub depth: u32,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// A graph file written by `newsgraph build`.
    pub graph: PathBuf,
    /// Where the path starts (name, alias or node id).
    pub from: String,
    /// Where the path ends (name, alias or node id).
    pub to: String,
    /// Do not follow co-mention edges: only relations read from the text.
    #[arg(long)]
    pub no_co_mentions: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type {s:?} (person, institution, country, place, sector)"))
}

fn parse_edge(s: &str) -> Result<EdgeKind, String> {
    EdgeKind::parse(s).ok_or_else(|| {
        let all: Vec<&str> = EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown edge kind {s:?} ({})", all.join(", "))
    })
}

/// The evidence as `"sentence" (document)`, on one line.
fn evidence_line(e: Option<&Evidence>) -> String {
    e.map(|v| {
        format!(
            "\"{}\" ({})",
            v.sentence.split_whitespace().collect::<Vec<_>>().join(" "),
            v.document
        )
    })
    .unwrap_or_default()
}

fn edge_label(edge: &str, role: Option<&str>, weight: usize) -> String {
    let mut s = edge.to_string();
    if let Some(r) = role {
        s.push_str(&format!(" ({r})"));
    }
    if weight > 1 {
        s.push_str(&format!(" x{weight}"));
    }
    s
}

pub fn neighbors(args: &NeighborsArgs) -> anyhow::Result<()> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let filter = NeighborFilter {
        kind: args.kind,
        edge: args.edge,
        depth: args.depth as usize,
    };
    let (start, rows) = query::neighbors(&graph, &args.name, &filter)?;
    if args.json {
        let doc = serde_json::json!({"id": start.id, "name": start.name, "neighbors": rows});
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(());
    }
    println!("{} ({})", start.name, start.id);
    for r in &rows {
        let arrow = if r.direction == "out" { "->" } else { "<-" };
        let via = if r.depth > 1 {
            format!(" via {}", r.via)
        } else {
            String::new()
        };
        println!(
            "{}{arrow} {:<28} {} ({}){via}",
            "  ".repeat(r.depth),
            edge_label(r.edge, r.role, r.weight),
            r.name,
            r.id
        );
        if r.evidence.is_some() {
            println!("{}     {}", "  ".repeat(r.depth), evidence_line(r.evidence));
        }
    }
    eprintln!("{} neighbours", rows.len());
    Ok(())
}

pub fn path(args: &PathArgs) -> anyhow::Result<()> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let found = query::path(&graph, &args.from, &args.to, !args.no_co_mentions)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&found)?);
        return Ok(());
    }
    let name = |id: &str| graph.node(id).map(|n| n.name.clone()).unwrap_or_default();
    let Some(hops) = &found.hops else {
        let extra = if args.no_co_mentions {
            " (co-mentions not followed)"
        } else {
            ""
        };
        println!(
            "no path between {} ({}) and {} ({}){extra}",
            name(found.from),
            found.from,
            name(found.to),
            found.to
        );
        return Ok(());
    };
    println!("{} ({})", name(found.from), found.from);
    for h in hops {
        let label = edge_label(h.edge, h.role, h.weight);
        let step = if h.direction == "forward" {
            format!("-[{label}]->")
        } else {
            format!("<-[{label}]-")
        };
        println!("  {step} {} ({})", h.to_name, h.to);
        if h.evidence.is_some() {
            println!("      {}", evidence_line(h.evidence));
        }
    }
    eprintln!("{} hops", hops.len());
    Ok(())
}
