use super::*;
use crate::mentions::{default_finder, find_mentions};
use crate::quotes::find_statements;
use crate::resolve::{find_roles, resolve};

/// (source, relation, target) names for an article.
fn relations_of(text: &str) -> Vec<(String, &'static str, String)> {
    let doc = Document::parse("t", text);
    let mentions = find_mentions(&doc, default_finder());
    let res = resolve(&doc, &mentions);
    let roles = find_roles(&doc, &mentions, &res);
    let statements = find_statements(&doc, &mentions, &res, &roles);
    find_relations(&doc, &mentions, &res, &roles, &statements)
        .into_iter()
        .map(|r| {
            (
                res.entities[r.source].name.clone(),
                r.kind.as_str(),
                res.entities[r.target].name.clone(),
            )
        })
        .collect()
}

fn has(rels: &[(String, &str, String)], s: &str, k: &str, t: &str) -> bool {
    rels.iter().any(|(a, b, c)| a == s && *b == k && c == t)
}

#[test]
fn institutions_located_part_of_and_focus() {
    let r = relations_of(
        "Hanul Energy, which is headquartered in Seoul, signed a deal with the Andes Research Institute (ARI) in Chile. \
         ARI, a public agency that focuses on semiconductors and artificial intelligence, is part of the Ministry of Science of Chile.",
    );
    assert!(has(&r, "Hanul Energy", "located_in", "Seoul"), "{r:?}");
    assert!(
        has(&r, "Andes Research Institute", "located_in", "Chile"),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            "Andes Research Institute",
            "focuses_on",
            "semiconductors"
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            "Andes Research Institute",
            "focuses_on",
            "artificial intelligence"
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            "Andes Research Institute",
            "part_of",
            "Ministry of Science of Chile"
        ),
        "{r:?}"
    );
}

#[test]
fn people_visit_meet_and_talk_to_outlets() {
    let r = relations_of(
        "Chilean President Ana Torres Vidal arrived in Peru on Monday for a state visit. Torres Vidal met Luis Quispe in Lima. \
         \"We will sign the deal soon,\" Torres Vidal told the Andean Chronicle.",
    );
    assert!(has(&r, "Ana Torres Vidal", "visited", "Peru"), "{r:?}");
    assert!(has(&r, "Ana Torres Vidal", "met", "Luis Quispe"), "{r:?}");
    assert!(
        has(&r, "Ana Torres Vidal", "interviewed_by", "Andean Chronicle"),
        "{r:?}"
    );
    assert!(
        has(&r, "Ana Torres Vidal", "affiliated_with", "Chile"),
        "{r:?}"
    );
}
