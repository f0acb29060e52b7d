//! `newsgraph neighbors` and `newsgraph path` driven as a user would, on the
//! hand-written golden graph (so the expected answers are known exactly) and
//! on a graph built from a short article.

use assert_cmd::Command;
use predicates::prelude::*;

const GRAPH: &str = "tests/golden/small.graph.json";

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = newsgraph()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn neighbors_lists_each_edge_with_kind_direction_and_evidence() {
    newsgraph()
        .args(["neighbors", GRAPH, "Torres Vidal"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Ana Torres Vidal (person:ana-torres-vidal)",
        ))
        .stdout(predicate::str::contains("-> affiliated_with (president)"))
        .stdout(predicate::str::contains(
            "\"Trade with Peru will double\" (doc-1)",
        ));
    let v = json(&["neighbors", GRAPH, "Peru", "--json"]);
    let rows = v["neighbors"].as_array().unwrap();
    let kinds: Vec<&str> = rows.iter().map(|r| r["edge"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["said", "visited", "co_mentioned"],
        "relations first"
    );
    assert_eq!(rows[0]["direction"], "in");
    assert_eq!(rows[0]["id"], "person:ana-torres-vidal");
    assert_eq!(rows[2]["weight"], 2);
}

#[test]
fn neighbors_filters_by_type_and_edge_and_walks_deeper() {
    let v = json(&["neighbors", GRAPH, "ARI", "--type", "place", "--json"]);
    let ids: Vec<&str> = v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["place:lima"]);
    let v = json(&["neighbors", GRAPH, "ARI", "--edge", "focuses-on", "--json"]);
    assert_eq!(v["neighbors"].as_array().unwrap().len(), 1);
    assert_eq!(v["neighbors"][0]["id"], "sector:mining");
    let v = json(&[
        "neighbors",
        GRAPH,
        "ARI",
        "--depth",
        "3",
        "--type",
        "person",
        "--json",
    ]);
    let rows = v["neighbors"].as_array().unwrap();
    assert!(rows.iter().all(|r| r["id"] == "person:ana-torres-vidal"
        && r["depth"] == 3
        && r["via"] == "country:PER"));
    assert_eq!(rows.len(), 2, "said and visited both reach her");
}

#[test]
fn unknown_names_and_edge_kinds_are_one_line_errors() {
    newsgraph()
        .args(["neighbors", GRAPH, "Nobody"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no entity named \"Nobody\""));
    newsgraph()
        .args(["neighbors", GRAPH, "Peru", "--edge", "likes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown edge kind"));
}

#[test]
fn path_gives_every_hop_with_its_edge_and_evidence() {
    newsgraph()
        .args(["path", GRAPH, "Chile", "mining"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "<-[affiliated_with (president)]- Ana Torres Vidal",
        ))
        .stdout(predicate::str::contains(
            "-[focuses_on]-> mining (sector:mining)",
        ));
    let v = json(&["path", GRAPH, "Chile", "ARI", "--json"]);
    let hops = v["hops"].as_array().unwrap();
    let edges: Vec<&str> = hops.iter().map(|h| h["edge"].as_str().unwrap()).collect();
    assert_eq!(
        edges,
        ["affiliated_with", "said", "co_mentioned", "located_in"]
    );
    assert_eq!(hops[0]["direction"], "backward");
    assert_eq!(hops[3]["to"], "institution:andes-research-institute");
    assert!(hops.iter().all(|h| h["evidence"]["sentence"].is_string()));
}

#[test]
fn no_path_is_an_answer_with_exit_code_zero() {
    newsgraph()
        .args(["path", GRAPH, "Chile", "ARI", "--no-co-mentions"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "no path between Chile (country:CHL) and Andes",
        ));
    let v = json(&["path", GRAPH, "Chile", "ARI", "--no-co-mentions", "--json"]);
    assert!(v["hops"].is_null());
}

#[test]
fn path_and_neighbors_on_a_built_graph() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("talks.txt");
    std::fs::write(
        &article,
        "Chilean President Ana Torres Vidal visited Peru on Monday.\n\"Trade with Peru will double within five years,\" said Torres Vidal.\n",
    )
    .unwrap();
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let g = graph.to_str().unwrap();
    let v = json(&["neighbors", g, "Torres Vidal", "--json"]);
    let ids: Vec<&str> = v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"country:PER"), "{ids:?}");
    let v = json(&["path", g, "Chile", "Peru", "--json"]);
    assert!(v["hops"].as_array().is_some_and(|h| !h.is_empty()), "{v}");
}
