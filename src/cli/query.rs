//! `newsgraph quotes` and `newsgraph entities`: reading a built graph.

use std::path::PathBuf;

use anyhow::bail;
use clap::{Args, ValueEnum};

use crate::graph::KnowledgeGraph;
use crate::mentions::EntityType;
use crate::query::{self, QuoteFilter, Ranking};
use crate::quotes::StatementKind;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Direct,
    Reported,
}

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// A graph file written by `newsgraph build`.
    pub graph: PathBuf,
    /// Only statements by this speaker (name, alias or node id).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only statements that mention this entity.
    #[arg(long)]
    pub about: Option<String>,
    /// Only statements containing this text (case-insensitive).
    #[arg(long)]
    pub contains: Option<String>,
    /// Only statements from documents dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only statements from documents dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Direct quotations or reported speech only.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Print JSON (one array) instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn quotes(args: &QuotesArgs) -> anyhow::Result<()> {
    for d in [&args.since, &args.until].into_iter().flatten() {
        if !is_iso_date(d) {
            bail!("dates must be YYYY-MM-DD, got {d:?}");
        }
    }
    let graph = KnowledgeGraph::load(&args.graph)?;
    let filter = QuoteFilter {
        speaker: args.speaker.clone(),
        about: args.about.clone(),
        contains: args.contains.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
        kind: args.kind.map(|k| match k {
            KindArg::Direct => StatementKind::Direct,
            KindArg::Reported => StatementKind::Reported,
        }),
    };
    let found = query::quotes(&graph, &filter)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&found)?);
        return Ok(());
    }
    for q in &found {
        let who = q.speaker.unwrap_or("(unattributed)");
        let roles = if q.roles.is_empty() {
            String::new()
        } else {
            format!(" [{}]", q.roles.join("; "))
        };
        let mark = if q.kind == StatementKind::Direct {
            "\""
        } else {
            ""
        };
        println!(
            "{who}{roles} {}: {mark}{}{mark}",
            q.cue.unwrap_or("said"),
            q.text
        );
        println!(
            "    {} bytes {}..{}{}",
            q.document,
            q.start,
            q.end,
            q.date.map(|d| format!(" ({d})")).unwrap_or_default()
        );
    }
    eprintln!("{} statements", found.len());
    Ok(())
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// A graph file written by `newsgraph build`.
    pub graph: PathBuf,
    /// Only this type: person, institution, country, place, sector.
    #[arg(long = "type", value_parser = parse_type)]
    pub kind: Option<EntityType>,
    /// Only the first N.
    #[arg(long)]
    pub top: Option<usize>,
    /// Rank by mentions or by degree.
    #[arg(long, value_enum, default_value = "mentions")]
    pub by: Ranking,
    /// Show how the node named NAME was made: its mentions, documents and merge rules.
    #[arg(long, value_name = "NAME")]
    pub explain: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type {s:?} (person, institution, country, place, sector)"))
}

pub fn entities(args: &EntitiesArgs) -> anyhow::Result<()> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    if let Some(name) = &args.explain {
        let node = query::resolve_name(&graph, name)?;
        if args.json {
            println!("{}", serde_json::to_string_pretty(node)?);
            return Ok(());
        }
        println!("{} ({}) id={}", node.name, node.kind.as_str(), node.id);
        println!(
            "  aliases:   {}",
            node.aliases.iter().cloned().collect::<Vec<_>>().join(", ")
        );
        println!(
            "  mentions:  {} in {} documents: {}",
            node.mentions,
            node.documents.len(),
            node.documents
                .iter()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        );
        if !node.roles.is_empty() {
            println!(
                "  roles:     {}",
                node.roles.iter().cloned().collect::<Vec<_>>().join("; ")
            );
        }
        println!("  merged by:");
        if node.merge_log.is_empty() {
            println!("    (a single mention form; nothing merged)");
        }
        for line in &node.merge_log {
            println!("    {line}");
        }
        return Ok(());
    }
    let list = query::entities(&graph, args.kind, args.top, args.by);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    for e in &list {
        println!(
            "{:>5} {:>4}  {:<12} {}  [{}]",
            e.mentions, e.degree, e.kind, e.name, e.id
        );
    }
    Ok(())
}
