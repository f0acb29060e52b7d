//! GraphML, the XML graph format Gephi, yEd, Cytoscape and networkx
//! (`networkx.read_graphml`) all read. Every node and edge attribute is
//! declared once with `<key>`, as the format requires, and values are plain
//! strings or integers so every tool keeps them. List-valued fields (aliases,
//! roles) are joined by "; " because GraphML has no list type.
//!
//! The XML is written by hand with a small escaper rather than through an
//! XML crate: the document is flat and fixed, and the only hard part,
//! escaping text and dropping characters XML 1.0 forbids, is a few lines.

use std::fmt::Write;

use crate::graph::KnowledgeGraph;

/// (id, for, attr.name, attr.type). Ids are short and prefixed so node and
/// edge keys with the same name (`type`) cannot collide.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("n_type", "node", "type", "string"),
    ("n_label", "node", "label", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_documents", "node", "documents", "int"),
    ("n_roles", "node", "roles", "string"),
    ("e_type", "edge", "type", "string"),
    ("e_role", "edge", "role", "string"),
    ("e_weight", "edge", "weight", "int"),
    ("e_evidence_count", "edge", "evidence_count", "int"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_document", "edge", "document", "string"),
];

/// Escapes text for XML content and double-quoted attributes. Characters
/// XML 1.0 does not allow at all (most C0 controls) are dropped: a parser
/// rejects the whole file over a single stray control byte from an article.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(
        out,
        "      <data key=\"{key}\">{}</data>",
        escape_xml(value)
    );
}

pub fn to_graphml(g: &KnowledgeGraph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, target, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    for n in g.nodes() {
        let _ = writeln!(out, "    <node id=\"{}\">", escape_xml(&n.id));
        data(&mut out, "n_type", n.kind.as_str());
        data(&mut out, "n_label", &n.name);
        let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
        data(&mut out, "n_aliases", &aliases.join("; "));
        data(&mut out, "n_mentions", &n.mentions.to_string());
        data(&mut out, "n_documents", &n.documents.len().to_string());
        let roles: Vec<&str> = n.roles.iter().map(String::as_str).collect();
        data(&mut out, "n_roles", &roles.join("; "));
        out.push_str("    </node>\n");
    }
    for (i, (s, t, e)) in g.edges().enumerate() {
        // Edge ids make parallel edges (met and co-mentioned between the same
        // pair) distinct keys in a networkx MultiDiGraph.
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            escape_xml(s),
            escape_xml(t)
        );
        data(&mut out, "e_type", e.kind.as_str());
        if let Some(role) = &e.role {
            data(&mut out, "e_role", role);
        }
        data(&mut out, "e_weight", &e.weight.to_string());
        data(&mut out, "e_evidence_count", &e.evidence.len().to_string());
        if let Some(first) = e.evidence.first() {
            data(&mut out, "e_evidence", &first.sentence);
            data(&mut out, "e_document", &first.document);
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape_xml(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;"
        );
    }

    #[test]
    fn drops_characters_xml_forbids_but_keeps_whitespace_and_unicode() {
        assert_eq!(escape_xml("a\u{0}b\u{1b}c\td\ne"), "abc\td\ne");
        assert_eq!(escape_xml("São Paulo — 北京"), "São Paulo — 北京");
    }
}
