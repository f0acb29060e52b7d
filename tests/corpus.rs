//! The team's own test corpora (`tests/corpus/`), run through the library:
//!
//! - `crossdoc/`: four articles about one cast under different names; every
//!   expected person, institution, country and place is exactly one node,
//!   seen in exactly the documents it appears in, and the `must_not_merge`
//!   pairs stay apart (two Villanuevas; a capital and its country).
//! - `quotes/`: one short article per speaker sieve; every quotation is
//!   found and attributed to the expected speaker, and scare quotes are not
//!   statements.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use newsgraph::extract::analyze;
use newsgraph::graph::{KnowledgeGraph, Node};
use newsgraph::ingest::read_inputs;
use newsgraph::mentions::default_finder;
use newsgraph::names::normalize;
use newsgraph::quotes::StatementKind;
use serde_json::Value;

fn json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

fn names_of(node: &Node) -> BTreeSet<String> {
    node.aliases
        .iter()
        .chain([&node.name])
        .map(|a| normalize(a.trim_start_matches('~')))
        .collect()
}

#[test]
fn crossdoc_one_node_per_entity_and_no_wrong_merges() {
    let dir = Path::new("tests/corpus/crossdoc");
    let mut graph = KnowledgeGraph::new();
    let articles = read_inputs(&[dir.to_path_buf()]).unwrap();
    let doc_ids: Vec<(String, String)> = articles
        .iter()
        .map(|a| (format!("{}.txt", a.stem), a.id.clone()))
        .collect();
    for a in &articles {
        graph.add_analysis(&analyze(a, default_finder()));
    }
    let expected = json(&dir.join("expected.json"));
    let node_for = |name: &str, kind: &str| -> Vec<&Node> {
        graph
            .nodes()
            .filter(|n| n.kind.as_str() == kind && names_of(n).contains(&normalize(name)))
            .collect()
    };
    let mut failures = Vec::new();
    for e in expected["entities"].as_array().unwrap() {
        let (name, kind) = (e["name"].as_str().unwrap(), e["type"].as_str().unwrap());
        if kind == "sector" {
            continue; // sectors are scored by the examples' gold files, not here
        }
        let nodes = node_for(name, kind);
        if nodes.len() != 1 {
            failures.push(format!(
                "{name}: {} nodes ({:?})",
                nodes.len(),
                nodes.iter().map(|n| &n.id).collect::<Vec<_>>()
            ));
            continue;
        }
        let want: BTreeSet<&str> = e["appears_in"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                doc_ids
                    .iter()
                    .find(|(file, _)| file == f.as_str().unwrap())
                    .map(|(_, id)| id.as_str())
                    .unwrap()
            })
            .collect();
        let got: BTreeSet<&str> = nodes[0].documents.iter().map(String::as_str).collect();
        if want != got {
            failures.push(format!(
                "{name}: in {} documents, expected {}",
                got.len(),
                want.len()
            ));
        }
    }
    for pair in expected["must_not_merge"].as_array().unwrap() {
        let (a, b) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        let ids = |n: &str| {
            graph
                .nodes()
                .filter(|x| names_of(x).contains(&normalize(n)))
                .map(|x| x.id.clone())
                .collect::<BTreeSet<_>>()
        };
        let (ia, ib) = (ids(a), ids(b));
        if ia.is_empty() || ib.is_empty() || !ia.is_disjoint(&ib) {
            failures.push(format!("{a} / {b} must be two nodes: {ia:?} {ib:?}"));
        }
    }
    let people = graph
        .nodes()
        .filter(|n| n.kind.as_str() == "person")
        .count();
    if people != 3 {
        failures.push(format!("{people} person nodes, expected 3"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quotes_corpus_every_sieve_attributes_its_speaker() {
    let dir = Path::new("tests/corpus/quotes");
    let mut failures = Vec::new();
    let mut checked = 0;
    for article in read_inputs(&[dir.to_path_buf()]).unwrap() {
        let gold = json(&dir.join(format!("{}.json", article.stem)));
        let analysis = analyze(&article, default_finder());
        let direct: Vec<_> = analysis
            .statements
            .iter()
            .filter(|s| s.kind == StatementKind::Direct)
            .collect();
        let gold_quotes = gold["quotes"].as_array().unwrap();
        if direct.len() != gold_quotes.len() {
            failures.push(format!(
                "{}: {} quotations, expected {}",
                article.stem,
                direct.len(),
                gold_quotes.len()
            ));
        }
        for q in gold_quotes {
            let text = q["text"].as_str().unwrap();
            let key: String = normalize(text).chars().take(30).collect();
            let Some(found) = direct.iter().find(|s| normalize(&s.text).starts_with(&key)) else {
                failures.push(format!("{}: quotation not found: {text}", article.stem));
                continue;
            };
            checked += 1;
            let speaker = found
                .speaker
                .map(|e| analysis.resolution.entities[e].name.clone());
            let want = q["speaker"].as_str().map(normalize);
            if speaker.as_deref().map(normalize) != want {
                failures.push(format!(
                    "{}: {text:?} by {speaker:?}, expected {want:?} (sieve {:?})",
                    article.stem, found.sieve
                ));
            }
        }
    }
    assert!(checked >= 15, "only {checked} quotations checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
