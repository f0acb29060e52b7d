//! Mentions: the spans of a document that name an entity, with a type.
//!
//! Two sources are combined. Gazetteer matches give countries, demonyms,
//! places, international bodies, sectors and job titles with an id. A name
//! finder proposes people and institutions the gazetteers cannot know (the
//! trained tagger, or the capitalisation heuristic when no model is loaded).
//! Candidates are then split at job titles ("Chinese President Xi Jinping" is
//! a demonym, a title and a person) and overlaps are settled so that a country
//! word inside an institution's name ("Bank of Thailand") is not a country.

mod classify;
mod names;
mod sectors;
mod shapes;
mod tagged;

use serde::{Deserialize, Serialize};

use crate::document::{Document, Span};
use crate::gazetteer::{Entry, Gazetteers};

pub use names::{CapitalisationFinder, NameCandidate, NameFinder, NameLabel};
pub use tagged::TaggerFinder;

/// The node types of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Institution,
    Country,
    Place,
    Sector,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Institution => "institution",
            EntityType::Country => "country",
            EntityType::Place => "place",
            EntityType::Sector => "sector",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s.to_ascii_lowercase().as_str() {
            "person" | "per" => EntityType::Person,
            "institution" | "org" | "organization" => EntityType::Institution,
            "country" => EntityType::Country,
            "place" | "loc" | "location" => EntityType::Place,
            "sector" => EntityType::Sector,
            _ => return None,
        })
    }
}

/// What a mention is, beyond its entity type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MentionKind {
    /// A name of an entity of this type.
    Name(EntityType),
    /// A demonym or adjective standing for a country ("Chinese").
    Demonym,
    /// A job title ("President"), kept for roles and speaker cues.
    Title { canonical: String },
    /// A lone capitalised word ("Kim", "Xi") that only resolution can type.
    Partial,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    /// Token indices `[first, last)`; a match inside a token ("Taipei-based")
    /// covers that token.
    pub tokens: std::ops::Range<usize>,
    pub sentence: usize,
    pub kind: MentionKind,
    /// Gazetteer key when the mention matched one: `country:KOR`,
    /// `place:Beijing`, `body:who`, `sector:ai`.
    pub gazetteer_key: Option<String>,
    /// Which source proposed it: "gazetteer", "tagger", "capitalisation".
    pub source: &'static str,
    pub confidence: f32,
}

impl Mention {
    pub fn entity_type(&self) -> Option<EntityType> {
        match &self.kind {
            MentionKind::Name(t) => Some(*t),
            MentionKind::Demonym => Some(EntityType::Country),
            _ => None,
        }
    }
}

/// The gazetteer key for an entry, stable across documents and runs.
pub fn gazetteer_key(gaz: &Gazetteers, entry: &Entry) -> String {
    match *entry {
        Entry::Country(i) | Entry::Demonym(i) => format!("country:{}", gaz.countries[i].alpha3),
        Entry::Place(i) => format!("place:{}", gaz.places[i].name),
        Entry::Body(i) => format!("body:{}", gaz.bodies[i].id),
        Entry::Sector(i) => format!("sector:{}", gaz.sectors[i].id),
        Entry::Title(i) => format!("title:{}", gaz.titles[i].canonical),
    }
}

/// The name finder the pipeline uses: the shipped tagger.
pub fn default_finder() -> &'static dyn NameFinder {
    &TaggerFinder
}

/// Finds the mentions of `doc`, sorted by position and non-overlapping.
pub fn find_mentions(doc: &Document, finder: &dyn NameFinder) -> Vec<Mention> {
    let gaz = Gazetteers::get();
    let gaz_mentions = classify::gazetteer_mentions(doc, gaz);
    let candidates = finder.find(doc);
    classify::combine(doc, gaz, gaz_mentions, candidates)
}

#[cfg(test)]
mod tests;

/// Which mention covers, starts or ends at each token, for the stages that
/// walk the text token by token: one lookup instead of a scan of all mentions,
/// which keeps long documents linear.
#[derive(Debug, Clone)]
pub struct MentionIndex {
    covering: Vec<Option<usize>>,
    starting: Vec<Option<usize>>,
    ending: Vec<Option<usize>>,
}

impl MentionIndex {
    pub fn new(doc: &Document, mentions: &[Mention]) -> MentionIndex {
        let n = doc.tokens.len();
        let mut idx = MentionIndex {
            covering: vec![None; n],
            starting: vec![None; n],
            ending: vec![None; n],
        };
        for (i, m) in mentions.iter().enumerate() {
            // The first mention wins where two share a token ("U.S.-China").
            for t in m.tokens.clone().filter(|&t| t < n) {
                idx.covering[t].get_or_insert(i);
            }
            if m.tokens.start < n {
                idx.starting[m.tokens.start].get_or_insert(i);
            }
            if m.tokens.end >= 1 && m.tokens.end <= n {
                idx.ending[m.tokens.end - 1].get_or_insert(i);
            }
        }
        idx
    }

    /// The mention that covers token `t`.
    pub fn covering(&self, t: usize) -> Option<usize> {
        self.covering.get(t).copied().flatten()
    }

    /// The mention whose first token is `t`.
    pub fn starting(&self, t: usize) -> Option<usize> {
        self.starting.get(t).copied().flatten()
    }

    /// The mention whose last token is `t`.
    pub fn ending(&self, t: usize) -> Option<usize> {
        self.ending.get(t).copied().flatten()
    }
}
