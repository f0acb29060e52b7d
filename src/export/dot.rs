//! Graphviz DOT through dot-writer. Nodes are drawn by type (shape and
//! colour, with a legend); edges carry their relation as a label. Co-mention
//! edges are left out by default: on any real corpus they drown the
//! relations people want to see.

use dot_writer::{Attributes, Color, DotWriter, Style};

use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::mentions::EntityType;

#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Draw co-mention edges too.
    pub co_mentions: bool,
}

/// Shape and fill colour per node type (dot-writer's `Shape` lacks some of these).
fn style(kind: EntityType) -> (&'static str, &'static str) {
    match kind {
        EntityType::Person => ("ellipse", "#fde2b3"),
        EntityType::Institution => ("box", "#c6dbef"),
        EntityType::Country => ("hexagon", "#c7e9c0"),
        EntityType::Place => ("house", "#e5f5e0"),
        EntityType::Sector => ("octagon", "#efedf5"),
    }
}

/// DOT needs `"` and `\` escaped inside quoted strings.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

fn quoted_id(id: &str) -> String {
    format!("\"{}\"", escape(id))
}

pub fn to_dot(g: &KnowledgeGraph, options: &DotOptions) -> String {
    let mut out = Vec::new();
    {
        let mut writer = DotWriter::from(&mut out);
        writer.set_pretty_print(true);
        let mut graph = writer.digraph();
        graph
            .graph_attributes()
            .set("rankdir", "LR", false)
            .set("fontname", "Helvetica", true)
            .set_label("newsgraph");
        graph
            .node_attributes()
            .set_style(Style::Filled)
            .set_font("Helvetica");
        graph
            .edge_attributes()
            .set_font("Helvetica")
            .set("fontsize", "10", false);
        {
            let mut legend = graph.cluster();
            legend
                .graph_attributes()
                .set_label("Legend")
                .set("fontname", "Helvetica", true);
            for kind in [
                EntityType::Person,
                EntityType::Institution,
                EntityType::Country,
                EntityType::Place,
                EntityType::Sector,
            ] {
                let (shape, fill) = style(kind);
                let mut n = legend.node_named(quoted_id(&format!("legend:{}", kind.as_str())));
                n.set_label(kind.as_str()).set("shape", shape, false).set(
                    "fillcolor",
                    &format!("\"{fill}\""),
                    false,
                );
            }
        }
        for n in g.nodes() {
            let (shape, fill) = style(n.kind);
            let mut node = graph.node_named(quoted_id(&n.id));
            node.set_label(&escape(&n.name))
                .set("shape", shape, false)
                .set("fillcolor", &format!("\"{fill}\""), false);
        }
        for (s, t, e) in g.edges() {
            if e.kind == EdgeKind::CoMentioned && !options.co_mentions {
                continue;
            }
            let label = match &e.role {
                Some(r) => format!("{} ({})", e.kind.as_str(), r),
                None if e.weight > 1 => format!("{} ×{}", e.kind.as_str(), e.weight),
                None => e.kind.as_str().to_string(),
            };
            let mut attrs = graph.edge(quoted_id(s), quoted_id(t)).attributes();
            attrs.set_label(&escape(&label));
            match e.kind {
                EdgeKind::Said => {
                    attrs.set_color(Color::Red);
                }
                EdgeKind::CoMentioned => {
                    attrs.set_style(Style::Dashed).set_color(Color::Grey);
                }
                _ => {}
            }
        }
    }
    String::from_utf8(out).expect("dot-writer writes UTF-8")
}
