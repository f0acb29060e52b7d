//! One self-contained HTML page to explore the graph in a browser, offline:
//! a force-directed layout on a canvas (drag, zoom, pan), search, a type
//! filter that doubles as the legend, and a side panel showing a node's
//! aliases, roles, documents, its statements ("who said what") and the
//! evidence sentence of each edge.
//!
//! Nothing is loaded from the network: the script (`html.js`, kept in its
//! own file so it can be read and linted as JavaScript) and the styles are
//! inlined, and the graph is embedded as JSON in a non-executed
//! `<script type="application/json">` block. Article text can contain
//! anything, including `</script>`, so `<`, `>` and `&` in the JSON are
//! written as `\u003c`-style escapes, which JSON.parse reads back unchanged.

use serde_json::{Value, json};

use crate::graph::KnowledgeGraph;
use crate::mentions::EntityType;

const SCRIPT: &str = include_str!("html.js");

const STYLE: &str = r#"
html,body{margin:0;height:100%;font:14px/1.4 Helvetica,Arial,sans-serif;color:#222}
#app{display:flex;height:100%}
#main{flex:1;position:relative;overflow:hidden;background:#fafafa}
canvas{display:block;width:100%;height:100%;cursor:grab}
#bar{position:absolute;top:8px;left:8px;right:8px;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
#bar input[type=search]{padding:4px 8px;width:220px;border:1px solid #bbb;border-radius:4px}
#legend{display:flex;gap:6px;flex-wrap:wrap}
#legend label{background:#fff;border:1px solid #ccc;border-radius:4px;padding:2px 6px;cursor:pointer;user-select:none}
.sw{display:inline-block;width:12px;height:12px;border:1px solid #555;margin-right:4px;vertical-align:-2px}
#side{width:360px;overflow:auto;border-left:1px solid #ddd;padding:10px 14px;background:#fff}
#side h2{margin:4px 0;font-size:18px}
#side h3{margin:12px 0 4px;font-size:14px;border-bottom:1px solid #eee}
#side .muted{color:#777;font-size:12px}
#side ul{margin:0;padding-left:18px}
#side li{margin:3px 0}
#side blockquote{margin:4px 0;padding:2px 8px;border-left:3px solid #d33;background:#fdf3f3}
#side a{color:#1a5fb4;cursor:pointer;text-decoration:underline}
#stats{font-size:12px;color:#555}
"#;

/// The fill colours of the DOT export, so both pictures read the same way.
fn colour(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "#fde2b3",
        EntityType::Institution => "#c6dbef",
        EntityType::Country => "#c7e9c0",
        EntityType::Place => "#e5f5e0",
        EntityType::Sector => "#efedf5",
    }
}

const TYPES: [EntityType; 5] = [
    EntityType::Person,
    EntityType::Institution,
    EntityType::Country,
    EntityType::Place,
    EntityType::Sector,
];

fn graph_data(g: &KnowledgeGraph) -> Value {
    let nodes: Vec<Value> = g
        .nodes()
        .map(|n| {
            json!({"id": n.id, "type": n.kind.as_str(), "label": n.name, "aliases": n.aliases,
                   "mentions": n.mentions, "documents": n.documents, "roles": n.roles})
        })
        .collect();
    let edges: Vec<Value> = g
        .edges()
        .map(|(s, t, e)| {
            let evidence: Vec<Value> = e
                .evidence
                .iter()
                .map(|v| json!({"document": v.document, "sentence": v.sentence}))
                .collect();
            json!({"source": s, "target": t, "type": e.kind.as_str(), "role": e.role,
                   "weight": e.weight, "evidence": evidence})
        })
        .collect();
    let statements: Vec<Value> = g
        .statements
        .iter()
        .map(|s| {
            json!({"kind": s.kind, "text": s.text, "speaker": s.speaker, "cue": s.cue,
                   "about": s.about, "document": s.document, "date": s.date})
        })
        .collect();
    let types: Vec<Value> = TYPES
        .iter()
        .map(|&k| json!({"type": k.as_str(), "colour": colour(k)}))
        .collect();
    json!({"nodes": nodes, "edges": edges, "statements": statements,
           "documents": g.documents, "types": types})
}

/// JSON that is safe inside a `<script>` element: no `<`, `>` or `&` at all,
/// so neither `</script>` nor `<!--` can end or change the block.
pub fn script_safe_json(v: &Value) -> String {
    let text = serde_json::to_string(v).expect("graph data serialises");
    // These characters only occur inside JSON strings, where \uXXXX escapes
    // mean the same thing.
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

pub fn to_html(g: &KnowledgeGraph) -> String {
    let data = script_safe_json(&graph_data(g));
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph</title>
<style>{STYLE}</style>
</head>
<body>
<div id="app">
  <div id="main">
    <canvas id="canvas"></canvas>
    <div id="bar">
      <input type="search" id="search" placeholder="Search names and aliases" list="names">
      <datalist id="names"></datalist>
      <div id="legend"></div>
      <label><input type="checkbox" id="comentions"> co-mentions</label>
      <span id="stats"></span>
    </div>
  </div>
  <div id="side"><p class="muted">Click a node to see its aliases, roles, documents, statements and evidence. Drag nodes; drag the background to pan; scroll to zoom.</p></div>
</div>
<script type="application/json" id="graph-data">{data}</script>
<script>
{SCRIPT}
</script>
</body>
</html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_cannot_close_the_script_block_and_round_trips() {
        let v = json!({"name": "</script><script>alert(1)</script> & <!--"});
        let text = script_safe_json(&v);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, v);
    }
}
