use super::*;
use crate::extract::analyze;
use crate::ingest::{Article, content_id};
use crate::mentions::default_finder;

fn article(text: &str) -> Article {
    Article {
        id: content_id(text),
        title: None,
        date: Some("2025-03-01".into()),
        url: None,
        text: text.into(),
        origin: "test".into(),
        stem: "t".into(),
    }
}

fn graph_of(texts: &[&str]) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    for t in texts {
        g.add_analysis(&analyze(&article(t), default_finder()));
    }
    g
}

const A: &str = "Chilean President Ana Torres Vidal visited Peru on Monday. \"Trade with Peru will double,\" said Torres Vidal.";
const B: &str = "Ana Torres Vidal met officials in Lima. Vidal said the ministers agreed.";

#[test]
fn adding_the_same_document_twice_changes_nothing() {
    let once = graph_of(&[A]);
    let mut twice = once.clone();
    assert!(!twice.add_analysis(&analyze(&article(A), default_finder())));
    assert_eq!(once.to_json(), twice.to_json());
}

#[test]
fn a_second_document_merges_nodes_and_accumulates_evidence() {
    let g = graph_of(&[A, B]);
    let ana = g.node("person:ana-torres-vidal").expect("person node");
    assert_eq!(ana.documents.len(), 2);
    let peru = g.node("country:PER").expect("country node by ISO code");
    assert!(peru.aliases.contains("Peru"));
    let people = g.nodes().filter(|n| n.kind == EntityType::Person).count();
    assert_eq!(
        people,
        1,
        "{:?}",
        g.nodes().map(|n| &n.id).collect::<Vec<_>>()
    );
}

#[test]
fn edges_carry_evidence_with_offsets_into_the_document() {
    let g = graph_of(&[A]);
    let (_, _, visited) = g
        .edges()
        .find(|(_, _, e)| e.kind == EdgeKind::Visited)
        .expect("visited edge");
    let ev = &visited.evidence[0];
    assert_eq!(&A[ev.start..ev.end], ev.sentence);
    assert!(ev.sentence.contains("visited Peru"));
}

#[test]
fn statements_link_speaker_and_topics() {
    let g = graph_of(&[A]);
    let st = g
        .statements
        .iter()
        .find(|s| s.kind == StatementKind::Direct)
        .expect("quote");
    assert_eq!(st.speaker.as_deref(), Some("person:ana-torres-vidal"));
    assert!(st.about.contains(&"country:PER".to_string()));
    assert!(g.edges().any(|(s, t, e)| e.kind == EdgeKind::Said
        && s == "person:ana-torres-vidal"
        && t == "country:PER"));
}

#[test]
fn people_sharing_a_surname_are_not_merged_across_documents() {
    let g = graph_of(&[
        "Maria Santos spoke in Manila on Friday.",
        "Jose Santos spoke in Cebu on Friday.",
    ]);
    assert!(g.node("person:maria-santos").is_some() && g.node("person:jose-santos").is_some());
}

#[test]
fn the_graph_file_round_trips() {
    let g = graph_of(&[A, B]);
    let back = KnowledgeGraph::from_json(&g.to_json()).expect("loads");
    assert_eq!(back.to_json(), g.to_json());
}

#[test]
fn bad_graph_files_are_errors() {
    assert!(KnowledgeGraph::from_json("{}").is_err());
    assert!(KnowledgeGraph::from_json("[1,2]").is_err());
    let wrong =
        r#"{"format":"other","version":1,"documents":[],"nodes":[],"edges":[],"statements":[]}"#;
    assert!(
        KnowledgeGraph::from_json(wrong)
            .unwrap_err()
            .to_string()
            .contains("not a newsgraph graph file")
    );
}

#[test]
fn names_resolve_through_aliases_and_ambiguity_is_reported() {
    let g = graph_of(&["Maria Santos spoke in Manila on Friday. Jose Santos agreed."]);
    assert_eq!(
        crate::query::resolve_name(&g, "Maria Santos").unwrap().id,
        "person:maria-santos"
    );
    let peru = graph_of(&[A]);
    assert_eq!(
        crate::query::resolve_name(&peru, "country:PER")
            .unwrap()
            .name,
        "Peru"
    );
    assert!(crate::query::resolve_name(&g, "Nobody Here").is_err());
}
