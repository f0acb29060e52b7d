//! Exports checked against golden files, and in the tools they are for:
//! Graphviz renders the DOT without a warning, networkx loads the JSON.
//! Regenerate the golden files with `UPDATE_GOLDEN=1 cargo test --test exports`.

use std::fs;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;

const GRAPH: &str = "tests/golden/small.graph.json";

fn export(format: &str) -> String {
    let out = Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["export", GRAPH, "--format", format])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn check_golden(name: &str, actual: &str) {
    let path = Path::new("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, actual).unwrap();
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden file {}", path.display()));
    assert_eq!(actual, expected, "export differs from {}", path.display());
}

#[test]
fn dot_export_matches_golden() {
    check_golden("small.dot", &export("dot"));
}

#[test]
fn node_link_export_matches_golden() {
    check_golden("small.nodelink.json", &export("json"));
}

#[test]
fn dot_has_typed_nodes_labelled_edges_a_legend_and_escapes_quotes() {
    let dot = export("dot");
    assert!(dot.contains("\"person:ana-torres-vidal\"") && dot.contains("shape=ellipse"));
    assert!(dot.contains("shape=hexagon"), "countries drawn as hexagons");
    assert!(dot.contains("label=\"affiliated_with (president)\""));
    assert!(dot.contains("label=\"Legend\""));
    assert!(dot.contains("Andes \\\"Research\\\" Institute"));
    assert!(
        !dot.contains("co_mentioned"),
        "co-mentions are off by default"
    );
}

#[test]
fn node_link_json_has_the_networkx_shape() {
    let v: serde_json::Value = serde_json::from_str(&export("json")).unwrap();
    assert_eq!(v["directed"], true);
    assert_eq!(v["multigraph"], true);
    assert_eq!(v["nodes"].as_array().unwrap().len(), 6);
    let links = v["links"].as_array().unwrap();
    assert_eq!(links.len(), 6);
    let ids: Vec<&str> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(
        links
            .iter()
            .all(|l| ids.contains(&l["source"].as_str().unwrap())
                && ids.contains(&l["target"].as_str().unwrap()))
    );
    let said = links.iter().find(|l| l["type"] == "said").unwrap();
    assert_eq!(said["evidence"][0]["document"], "doc-1");
}

fn tool_available(program: &str, args: &[&str]) -> bool {
    Process::new(program)
        .args(args)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

#[test]
fn graphviz_renders_the_dot_without_warnings() {
    if !tool_available("dot", &["-V"]) {
        eprintln!("note: Graphviz `dot` not installed; .ci/run installs it and runs this check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("g.dot");
    fs::write(&dot, export("dot")).unwrap();
    let out = Process::new("dot").arg("-Tsvg").arg(&dot).output().unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "dot warned: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}

#[test]
fn networkx_loads_the_node_link_json() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        eprintln!(
            "note: python3 with networkx not available; .ci/run installs it and runs this check"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    fs::write(&path, export("json")).unwrap();
    let script = "import json,sys,networkx as nx\ng=nx.node_link_graph(json.load(open(sys.argv[1])),edges='links')\nprint(g.number_of_nodes(), g.number_of_edges())";
    let out = Process::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "6 6");
}
