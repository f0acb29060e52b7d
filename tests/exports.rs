//! Exports checked against golden files, and in the tools they are for:
//! Graphviz renders the DOT without a warning, networkx loads the JSON and
//! the GraphML; the HTML page is checked for what must never be in it.
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

#[test]
fn graphml_export_matches_golden() {
    check_golden("small.graphml", &export("graphml"));
}

#[test]
fn cypher_export_matches_golden() {
    check_golden("small.cypher", &export("neo4j"));
}

#[test]
fn graphml_declares_keys_and_escapes_markup() {
    let xml = export("graphml");
    for key in ["type", "label", "aliases", "mentions", "roles", "evidence"] {
        assert!(xml.contains(&format!("attr.name=\"{key}\"")), "key {key}");
    }
    assert!(xml.contains("Andes &quot;Research&quot; Institute"));
    assert!(xml.contains("<data key=\"e_role\">president</data>"));
}

#[test]
fn cypher_has_labels_per_type_upper_snake_relationships_and_escaped_strings() {
    let cypher = export("neo4j");
    assert!(cypher.contains("SET n:Person, n.name = 'Ana Torres Vidal'"));
    assert!(cypher.contains("SET n:Country"));
    assert!(cypher.contains("[r:AFFILIATED_WITH {role: 'president'}]"));
    assert!(cypher.contains("[r:SAID]") && cypher.contains("[r:FOCUSES_ON]"));
    assert!(cypher.contains("-[:STATED]->"));
    assert!(
        cypher
            .lines()
            .all(|l| l.starts_with("//") || l.ends_with(';')),
        "one statement per line, each terminated"
    );
}

#[test]
fn neo4j_csv_writes_admin_import_headers_into_the_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("import");
    Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["export", GRAPH, "--format", "neo4j-csv", "-o"])
        .arg(&out)
        .assert()
        .success();
    let nodes = fs::read_to_string(out.join("nodes.csv")).unwrap();
    let rels = fs::read_to_string(out.join("relationships.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,name,:LABEL,"));
    assert!(rels.starts_with(":START_ID,:END_ID,:TYPE,"));
    assert_eq!(nodes.lines().count(), 7);
    assert_eq!(rels.lines().count(), 7);
    assert!(nodes.contains("\"Andes \"\"Research\"\" Institute\",Entity;Institution"));
    assert!(rels.contains("person:ana-torres-vidal,country:CHL,AFFILIATED_WITH,president,"));
}

#[test]
fn neo4j_csv_without_an_output_directory_is_a_one_line_error() {
    let out = Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["export", GRAPH, "--format", "neo4j-csv"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("-o DIR"));
}

#[test]
fn html_is_self_contained_and_embeds_the_graph() {
    let html = export("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<script type=\"application/json\" id=\"graph-data\">"));
    assert!(html.contains("\"id\":\"person:ana-torres-vidal\""));
    assert!(
        html.contains("Trade with Peru will double"),
        "statements embedded"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing loaded from the network"
    );
    assert!(!html.contains(" src=") && !html.contains("@import") && !html.contains("url("));
    for colour in ["#fde2b3", "#c6dbef", "#c7e9c0", "#e5f5e0", "#efedf5"] {
        assert!(html.contains(colour), "DOT colour {colour}");
    }
}

#[test]
fn html_escapes_script_end_tags_in_names() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("evil.graph.json");
    let text = fs::read_to_string(GRAPH).unwrap().replace(
        "\"name\": \"Lima\"",
        "\"name\": \"Lima</script><script>alert(1)</script>\"",
    );
    fs::write(&graph, text).unwrap();
    let out = Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["export", "--format", "html"])
        .arg(&graph)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let html = String::from_utf8(out).unwrap();
    assert_eq!(
        html.matches("</script>").count(),
        2,
        "only the page's own two blocks end"
    );
    assert!(!html.contains("alert(1)</script>"));
    let start = html.find("id=\"graph-data\">").unwrap() + "id=\"graph-data\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    let names: Vec<&str> = data["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["label"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Lima</script><script>alert(1)</script>"));
}

#[test]
fn networkx_reads_the_graphml() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        eprintln!(
            "note: python3 with networkx not available; .ci/run installs it and runs this check"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.graphml");
    fs::write(&path, export("graphml")).unwrap();
    let script = "import sys,networkx as nx\ng=nx.read_graphml(sys.argv[1])\nn=g.nodes['institution:andes-research-institute']\nassert n['label']=='Andes \"Research\" Institute', n\nassert n['mentions']==2\nprint(g.number_of_nodes(), g.number_of_edges())";
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
