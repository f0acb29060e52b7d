//! Neo4j: a Cypher script for `cypher-shell < graph.cypher` (any size a
//! transaction holds, and re-runnable because it MERGEs on node ids), and the
//! two CSV files `neo4j-admin database import` reads for large graphs.
//!
//! Every node carries the label `Entity` (so one uniqueness constraint covers
//! all ids) plus one per type (`Person`, `Institution`, ...). Relationship
//! types are the edge kinds in upper snake case (`SAID`, `AFFILIATED_WITH`).
//! Statements become `Statement` nodes linked `STATED` from the speaker and
//! `ABOUT` the entities they mention, so "who said what" is a Cypher pattern.

use std::fmt::Write;

use crate::graph::{Edge, KnowledgeGraph};
use crate::mentions::EntityType;

fn label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Institution => "Institution",
        EntityType::Country => "Country",
        EntityType::Place => "Place",
        EntityType::Sector => "Sector",
    }
}

fn rel_type(e: &Edge) -> String {
    e.kind.as_str().to_ascii_uppercase()
}

/// A Cypher single-quoted string literal. Backslash escapes are Cypher's own;
/// line breaks are escaped too so each statement stays on one line.
pub fn cypher_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn cypher_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let parts: Vec<String> = items.into_iter().map(cypher_string).collect();
    format!("[{}]", parts.join(", "))
}

pub fn to_cypher(g: &KnowledgeGraph) -> String {
    let mut out = String::new();
    out.push_str("// newsgraph export for Neo4j: cypher-shell -u neo4j -p PASSWORD < this-file\n");
    out.push_str("CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
    out.push_str("CREATE CONSTRAINT newsgraph_statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;\n");
    for n in g.nodes() {
        let _ = writeln!(
            out,
            "MERGE (n:Entity {{id: {}}}) SET n:{}, n.name = {}, n.type = {}, n.aliases = {}, n.mentions = {}, n.documents = {}, n.roles = {};",
            cypher_string(&n.id),
            label(n.kind),
            cypher_string(&n.name),
            cypher_string(n.kind.as_str()),
            cypher_list(n.aliases.iter().map(String::as_str)),
            n.mentions,
            cypher_list(n.documents.iter().map(String::as_str)),
            cypher_list(n.roles.iter().map(String::as_str)),
        );
    }
    for (s, t, e) in g.edges() {
        // The role is part of the MERGE pattern: "minister" and "adviser" of
        // the same ministry are two relationships, as in the graph file.
        let key = match &e.role {
            Some(r) => format!(" {{role: {}}}", cypher_string(r)),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "MATCH (a:Entity {{id: {}}}), (b:Entity {{id: {}}}) MERGE (a)-[r:{}{key}]->(b) SET r.weight = {}, r.evidence_count = {}, r.evidence = {}, r.evidence_documents = {};",
            cypher_string(s),
            cypher_string(t),
            rel_type(e),
            e.weight,
            e.evidence.len(),
            cypher_list(e.evidence.iter().map(|v| v.sentence.as_str())),
            cypher_list(e.evidence.iter().map(|v| v.document.as_str())),
        );
    }
    for st in &g.statements {
        let _ = writeln!(
            out,
            "MERGE (s:Statement {{id: {}}}) SET s.kind = {}, s.text = {}, s.cue = {}, s.document = {}, s.date = {}, s.start = {}, s.end = {};",
            cypher_string(&st.id),
            cypher_string(
                serde_json::to_value(st.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default()
                    .as_str()
            ),
            cypher_string(&st.text),
            st.cue.as_deref().map_or("null".into(), cypher_string),
            cypher_string(&st.document),
            st.date.as_deref().map_or("null".into(), cypher_string),
            st.span.start,
            st.span.end,
        );
        if let Some(speaker) = &st.speaker {
            let _ = writeln!(
                out,
                "MATCH (a:Entity {{id: {}}}), (s:Statement {{id: {}}}) MERGE (a)-[:STATED]->(s);",
                cypher_string(speaker),
                cypher_string(&st.id)
            );
        }
        for about in &st.about {
            let _ = writeln!(
                out,
                "MATCH (s:Statement {{id: {}}}), (b:Entity {{id: {}}}) MERGE (s)-[:ABOUT]->(b);",
                cypher_string(&st.id),
                cypher_string(about)
            );
        }
    }
    out
}

/// One CSV field, quoted when it has to be (RFC 4180, which neo4j-admin
/// reads). Line breaks become spaces: neo4j-admin rejects them unless run
/// with `--multiline-fields`, which is slow and easy to forget.
fn csv_field(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    if s.contains([',', '"', ';']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// An array field for neo4j-admin, whose array delimiter is `;`: a `;`
/// inside an element would split it, so it becomes `,`.
fn csv_array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let parts: Vec<String> = items.into_iter().map(|s| s.replace(';', ",")).collect();
    csv_field(&parts.join(";"))
}

pub const NODES_HEADER: &str =
    "id:ID,name,:LABEL,type,aliases:string[],mentions:int,documents:string[],roles:string[]";
pub const RELATIONSHIPS_HEADER: &str =
    ":START_ID,:END_ID,:TYPE,role,weight:int,evidence_count:int,evidence,document";

/// `nodes.csv` and `relationships.csv` for `neo4j-admin database import full
/// --nodes=nodes.csv --relationships=relationships.csv`.
pub fn to_csv(g: &KnowledgeGraph) -> Vec<(&'static str, String)> {
    let mut nodes = format!("{NODES_HEADER}\n");
    for n in g.nodes() {
        let _ = writeln!(
            nodes,
            "{},{},Entity;{},{},{},{},{},{}",
            csv_field(&n.id),
            csv_field(&n.name),
            label(n.kind),
            n.kind.as_str(),
            csv_array(n.aliases.iter().map(String::as_str)),
            n.mentions,
            csv_array(n.documents.iter().map(String::as_str)),
            csv_array(n.roles.iter().map(String::as_str)),
        );
    }
    let mut rels = format!("{RELATIONSHIPS_HEADER}\n");
    for (s, t, e) in g.edges() {
        let first = e.evidence.first();
        let _ = writeln!(
            rels,
            "{},{},{},{},{},{},{},{}",
            csv_field(s),
            csv_field(t),
            rel_type(e),
            csv_field(e.role.as_deref().unwrap_or("")),
            e.weight,
            e.evidence.len(),
            csv_field(first.map_or("", |v| v.sentence.as_str())),
            csv_field(first.map_or("", |v| v.document.as_str())),
        );
    }
    vec![("nodes.csv", nodes), ("relationships.csv", rels)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cypher_strings_escape_quotes_backslashes_and_line_breaks() {
        assert_eq!(cypher_string("O'Brien"), r"'O\'Brien'");
        assert_eq!(cypher_string(r"a\b"), r"'a\\b'");
        assert_eq!(cypher_string("a\nb\u{1}"), r"'a\nb\u0001'");
        assert_eq!(cypher_string("\"quoted\""), "'\"quoted\"'");
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Lima"), "Lima");
        assert_eq!(csv_field("Andes \"R\", Inc"), "\"Andes \"\"R\"\", Inc\"");
        assert_eq!(csv_field("two\nlines"), "two lines");
        assert_eq!(csv_array(["a;b", "c"]), "\"a,b;c\"");
    }
}
