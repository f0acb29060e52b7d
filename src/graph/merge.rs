//! Adding one analysed article to the graph: entities become nodes (merged by
//! id, or by a compatible alias), relations and statements become edges with
//! evidence, and entities sharing a sentence get a weighted co-mention edge.

use std::collections::BTreeSet;

use petgraph::graph::NodeIndex;

use super::{DocumentInfo, EdgeKind, Evidence, KnowledgeGraph, Node, StatementRecord};
use crate::extract::Analysis;
use crate::gazetteer::Gazetteers;
use crate::mentions::EntityType;
use crate::names::{institution_name_key, normalize};
use crate::quotes::StatementKind;
use crate::relations::RelationKind;
use crate::resolve::{Entity, same_institution, split_name};

impl KnowledgeGraph {
    /// Adds an article's analysis; returns false (and changes nothing) when
    /// the document is already in the graph.
    pub fn add_analysis(&mut self, a: &Analysis) -> bool {
        let doc_id = a.article.id.clone();
        if self.contains_document(&doc_id) {
            return false;
        }
        self.documents.insert(
            doc_id.clone(),
            DocumentInfo {
                id: doc_id.clone(),
                title: a.article.title.clone(),
                date: a.article.date.clone(),
                url: a.article.url.clone(),
                origin: a.article.origin.clone(),
            },
        );
        let evidence = |sentence: usize| {
            let s = &a.doc.sentences[sentence];
            Evidence {
                document: doc_id.clone(),
                start: s.span.start,
                end: s.span.end,
                sentence: a.doc.slice(s.span).to_string(),
            }
        };
        let mut nodes: Vec<NodeIndex> = Vec::with_capacity(a.resolution.entities.len());
        for ent in &a.resolution.entities {
            let mut node = Node {
                id: ent.key.clone(),
                kind: ent.kind,
                name: ent.name.clone(),
                aliases: ent.forms.iter().cloned().collect(),
                mentions: ent.mentions.len(),
                documents: BTreeSet::from([doc_id.clone()]),
                roles: BTreeSet::new(),
                merge_log: ent.rules.iter().map(|r| format!("{doc_id}: {r}")).collect(),
            };
            let titles: Vec<String> = a
                .roles
                .iter()
                .filter(|r| a.resolution.entities[r.person].key == ent.key)
                .map(|r| r.title.clone())
                .collect();
            if let Some((target, rule)) = self.merge_target(ent, &titles) {
                node.id = target.clone();
                node.merge_log.push(format!(
                    "{doc_id}: '{}' joined to node {target} ({rule})",
                    ent.name
                ));
            }
            nodes.push(self.upsert_node(node));
        }
        for r in &a.roles {
            let role = match r.of {
                Some(of) => format!("{} @ {}", r.title, self.graph[nodes[of]].id),
                None => r.title.clone(),
            };
            self.graph[nodes[r.person]].roles.insert(role);
        }
        for rel in &a.relations {
            let kind = edge_kind(rel.kind);
            self.add_evidence(
                nodes[rel.source],
                nodes[rel.target],
                kind,
                rel.role.clone(),
                evidence(rel.sentence),
            );
        }
        for st in a
            .statements
            .iter()
            .filter(|s| s.kind != StatementKind::Scare)
        {
            let id = format!("{doc_id}:{}", st.span.start);
            let speaker = st.speaker.map(|e| self.graph[nodes[e]].id.clone());
            if let Some(sp) = st.speaker {
                for &about in &st.about {
                    let ev = Evidence {
                        document: doc_id.clone(),
                        start: st.span.start,
                        end: st.span.end,
                        sentence: st.text.clone(),
                    };
                    self.add_evidence(nodes[sp], nodes[about], EdgeKind::Said, None, ev);
                }
            }
            self.statements.push(StatementRecord {
                id,
                kind: st.kind,
                text: st.text.clone(),
                speaker,
                cue: st.cue.clone(),
                about: st
                    .about
                    .iter()
                    .map(|&e| self.graph[nodes[e]].id.clone())
                    .collect(),
                document: doc_id.clone(),
                date: a.article.date.clone(),
                span: st.span,
                paragraph: st.paragraph,
                sieve: st.sieve.map(str::to_string),
            });
        }
        self.add_co_mentions(a, &nodes, &evidence);
        true
    }

    fn add_co_mentions(
        &mut self,
        a: &Analysis,
        nodes: &[NodeIndex],
        evidence: &dyn Fn(usize) -> Evidence,
    ) {
        for (s, _) in a.doc.sentences.iter().enumerate() {
            let mut here: Vec<NodeIndex> = a
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.sentence == s)
                .filter_map(|(i, _)| a.resolution.mention_entity[i].map(|e| nodes[e]))
                .collect();
            here.sort_by(|x, y| self.graph[*x].id.cmp(&self.graph[*y].id));
            here.dedup();
            for (k, &x) in here.iter().enumerate() {
                for &y in &here[k + 1..] {
                    self.add_evidence(x, y, EdgeKind::CoMentioned, None, evidence(s));
                }
            }
        }
    }

    /// An existing node this entity is the same as although its id differs:
    /// one node of the same type with a shared alias ("DTI" after "Department
    /// of Trade and Industry (DTI)") or the same institution written the other
    /// way round ("Commerce Department"); for a surname alone, the one person
    /// with that family name, or among several the one holding the same title
    /// ("Trade Secretary Villanueva"). Full names of people never join a
    /// different full name, so "Maria Santos" and "Jose Santos" stay two.
    fn merge_target(&self, ent: &Entity, titles: &[String]) -> Option<(String, &'static str)> {
        if self.node(&ent.key).is_some() || ent.gazetteer_key.is_some() {
            return None;
        }
        let gaz = Gazetteers::get();
        let same_type = || self.nodes().filter(|n| n.kind == ent.kind);
        if ent.kind == EntityType::Person {
            if ent.name.split_whitespace().count() >= 2 {
                return None;
            }
            let family = normalize(&ent.name);
            let hits: Vec<&Node> = same_type()
                .filter(|n| {
                    n.name.split_whitespace().count() >= 2 && split_name(gaz, &n.name).0 == family
                })
                .collect();
            if hits.len() == 1 {
                return Some((
                    hits[0].id.clone(),
                    "surname of the one person with that family name",
                ));
            }
            let holds = |n: &Node| {
                n.roles.iter().any(|r| {
                    titles
                        .iter()
                        .any(|t| r.split(" @ ").next() == Some(t.as_str()))
                })
            };
            let by_title: Vec<&&Node> = hits.iter().filter(|n| holds(n)).collect();
            return (by_title.len() == 1).then(|| {
                (
                    by_title[0].id.clone(),
                    "surname of the person with that family name and title",
                )
            });
        }
        let forms: Vec<String> = ent
            .forms
            .iter()
            .map(|f| normalize(f.trim_start_matches('~')))
            .collect();
        let hits: Vec<&Node> = same_type()
            .filter(|n| {
                n.aliases
                    .iter()
                    .any(|a| forms.contains(&normalize(a.trim_start_matches('~'))))
            })
            .collect();
        if hits.len() == 1 {
            return Some((hits[0].id.clone(), "shared alias"));
        }
        // A name the tagger typed as a place in one article and the text made
        // an institution in another ("Ramon Villanueva of Visayas Microdevices").
        if ent.kind == EntityType::Place {
            let key = institution_name_key(&ent.name);
            let same: Vec<&Node> = self
                .nodes()
                .filter(|n| {
                    n.kind == EntityType::Institution
                        && n.aliases.iter().any(|a| institution_name_key(a) == key)
                })
                .collect();
            if same.len() == 1 {
                return Some((
                    same[0].id.clone(),
                    "name of an institution (typed place here)",
                ));
            }
        }
        if ent.kind == EntityType::Institution {
            let variants: Vec<&Node> = same_type()
                .filter(|n| same_institution(gaz, &n.name, &ent.name))
                .collect();
            if variants.len() == 1 {
                return Some((
                    variants[0].id.clone(),
                    "same institution written another way",
                ));
            }
        }
        None
    }
}

fn edge_kind(kind: RelationKind) -> EdgeKind {
    match kind {
        RelationKind::AffiliatedWith => EdgeKind::AffiliatedWith,
        RelationKind::PartOf => EdgeKind::PartOf,
        RelationKind::LocatedIn => EdgeKind::LocatedIn,
        RelationKind::Met => EdgeKind::Met,
        RelationKind::Visited => EdgeKind::Visited,
        RelationKind::FocusesOn => EdgeKind::FocusesOn,
        RelationKind::InterviewedBy => EdgeKind::InterviewedBy,
    }
}
