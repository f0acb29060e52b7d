//! Relations between entities, each with the sentence that states it:
//! affiliated_with (from roles), part_of, located_in, met, visited,
//! focuses_on, interviewed_by.
//!
//! These are lexical patterns over resolved mentions, chosen for precision: a
//! wrong edge in a graph people read is worse than a missing one.
//! `institutions` covers what organisations are part of, where they are and
//! what they focus on; `people` what people did and whom they spoke to.

mod institutions;
mod people;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::mentions::{EntityType, Mention, MentionIndex};
use crate::quotes::Statement;
use crate::resolve::{Resolution, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    AffiliatedWith,
    PartOf,
    LocatedIn,
    Met,
    Visited,
    FocusesOn,
    InterviewedBy,
}

impl RelationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::AffiliatedWith => "affiliated_with",
            RelationKind::PartOf => "part_of",
            RelationKind::LocatedIn => "located_in",
            RelationKind::Met => "met",
            RelationKind::Visited => "visited",
            RelationKind::FocusesOn => "focuses_on",
            RelationKind::InterviewedBy => "interviewed_by",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: usize,
    pub target: usize,
    pub kind: RelationKind,
    /// The role, for affiliations ("chief representative", "former president").
    pub role: Option<String>,
    pub sentence: usize,
}

/// The mentions of one document with their entities, as the patterns need them.
pub(crate) struct Text<'a> {
    pub doc: &'a Document,
    pub mentions: &'a [Mention],
    pub res: &'a Resolution,
    index: MentionIndex,
}

impl Text<'_> {
    pub fn word(&self, t: usize) -> &str {
        if t < self.doc.tokens.len() {
            self.doc.token_text(t)
        } else {
            ""
        }
    }

    /// The entity of the mention starting at token `t`, if it is of one of `kinds`.
    pub fn entity_starting_at(&self, t: usize, kinds: &[EntityType]) -> Option<(usize, &Mention)> {
        let i = self.index.starting(t)?;
        let m = &self.mentions[i];
        let e = self.res.mention_entity[i]?;
        kinds.contains(&self.res.entities[e].kind).then_some((e, m))
    }

    /// The first entity of one of `kinds` starting in `[from, to)`, skipping "the".
    pub fn first_entity_in(
        &self,
        from: usize,
        to: usize,
        kinds: &[EntityType],
    ) -> Option<(usize, &Mention)> {
        (from..to.min(self.doc.tokens.len())).find_map(|t| self.entity_starting_at(t, kinds))
    }

    /// The mentions of sentence `s` (mentions are in text order).
    pub fn in_sentence(&self, s: usize) -> impl DoubleEndedIterator<Item = (usize, &Mention)> {
        let from = self.mentions.partition_point(|m| m.sentence < s);
        let to = self.mentions.partition_point(|m| m.sentence <= s);
        (from..to).map(move |i| (i, &self.mentions[i]))
    }

    pub fn kind(&self, e: usize) -> EntityType {
        self.res.entities[e].kind
    }
}

pub(crate) fn push(
    out: &mut Vec<Relation>,
    source: usize,
    target: Option<usize>,
    kind: RelationKind,
    sentence: usize,
) {
    if let Some(t) = target.filter(|&t| t != source) {
        out.push(Relation {
            source,
            target: t,
            kind,
            role: None,
            sentence,
        });
    }
}

pub fn find_relations(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    roles: &[Role],
    statements: &[Statement],
) -> Vec<Relation> {
    let text = Text {
        doc,
        mentions,
        res,
        index: MentionIndex::new(doc, mentions),
    };
    let mut out = people::affiliations(&text, roles);
    institutions::find(&text, roles, statements, &mut out);
    people::find(&text, roles, statements, &mut out);
    out.sort_by_key(|r| (r.source, r.target, r.kind, r.sentence));
    out.dedup_by_key(|r| (r.source, r.target, r.kind));
    out
}

#[cfg(test)]
mod tests;
