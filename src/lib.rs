//! newsgraph: turns English news articles into a knowledge graph.
//!
//! Data flows one way through the stages below; each module owns one job and
//! the types it produces, so a later stage can be replaced (the heuristic name
//! finder by the trained tagger, say) without touching the others:
//!
//! ```text
//! ingest -> document -> mentions -> resolve -> quotes -> relations -> extract
//!        -> graph (merge across documents) -> export / query
//! ```
//!
//! `gazetteer` and `tagger` are the knowledge the stages consult: word lists
//! written by the team and a sequence model trained on CoNLL-2003, both shipped
//! inside the binary so nothing is fetched at run time.

pub mod cli;
pub mod document;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod ingest;
pub mod mentions;
pub mod names;
pub mod output;
pub mod query;
pub mod quotes;
pub mod relations;
pub mod resolve;
pub mod tagger;
