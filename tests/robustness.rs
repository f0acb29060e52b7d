//! Whatever text comes in, the pipeline returns and the graph stays
//! consistent: no panics on unbalanced quotes, stray punctuation, odd
//! Unicode or empty articles.

use newsgraph::extract::analyze;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::ingest::{Article, content_id};
use newsgraph::mentions::default_finder;
use proptest::prelude::*;

fn article(text: &str) -> Article {
    Article {
        id: content_id(text),
        title: None,
        date: None,
        url: None,
        text: text.to_string(),
        origin: "prop".into(),
        stem: "prop".into(),
    }
}

const PIECES: &[&str] = &[
    "President",
    "Ana Lima",
    "said",
    "told",
    "Reuters",
    "\"",
    "“",
    "”",
    "'",
    "’s",
    " ",
    "\n",
    ".",
    ",",
    ":",
    "(",
    ")",
    "ROK",
    "China",
    "Ministry of Trade",
    "he",
    "she",
    "that",
    "—",
    "\u{a0}",
    "According to",
    "Kim",
    "Moon",
    "é",
    "🙂",
    "U.S.",
    "5G",
    "the",
    "Its director",
    "who chairs the",
    "Seoul-based",
    "(KIC)",
    "told the",
    "Daily News",
    "counterpart",
    "visit to",
    "met",
    "focuses on",
    "semiconductor industry",
    "it",
    "which",
    "the company",
    "Lumora Labs",
    "Lumora",
    "former",
    "of",
    "and",
    "\n\n",
    "“",
    "’",
    "The",
    "agency",
    "Chilean economist",
    "said that",
    "saying",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn the_pipeline_never_panics_and_spans_stay_in_bounds(parts in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        let a = analyze(&article(&text), default_finder());
        for s in &a.statements {
            prop_assert!(s.span.end <= text.len() && s.span.start <= s.span.end);
            prop_assert_eq!(&text[s.span.start..s.span.end], s.text.as_str());
        }
        let mut g = KnowledgeGraph::new();
        g.add_analysis(&a);
        let back = KnowledgeGraph::from_json(&g.to_json()).unwrap();
        prop_assert_eq!(back.graph.node_count(), g.graph.node_count());
    }
}

#[test]
fn empty_and_whitespace_articles() {
    for text in ["", " ", "\n\n\n", "\"", "“unclosed", "...", "'"] {
        let a = analyze(&article(text), default_finder());
        assert!(a.resolution.entities.is_empty() || !text.trim().is_empty());
    }
}
