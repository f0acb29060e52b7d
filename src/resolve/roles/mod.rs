//! Roles: the job titles attached to people, and what they hold them in.
//!
//! Two constructions carry nearly all roles in news: a title before the name
//! ("former ROK President Choi Min Seo", "Chinese President Xi Jinping") and
//! an appositive after it ("Park Ji Moon, chief representative of the PIC").
//! Three more are common enough to matter: "X of <Body>" ("Carolina Jiménez
//! of the University of Costa Rica"), "Its director, X" (the institution just
//! named), and "his Tajik counterpart, X". A government title with no named
//! body belongs to the country named or implied by the demonym before it.

mod appositive;
mod bodies;

pub(crate) use bodies::definite_reference;

use serde::{Deserialize, Serialize};

use super::Resolution;
use crate::document::Document;
use crate::mentions::{EntityType, Mention, MentionKind};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// Entity index of the person.
    pub person: usize,
    /// Normalised title, with "former" and the like kept: "former president".
    pub title: String,
    /// Entity index of the institution or country the role is held in.
    pub of: Option<usize>,
    /// Token range of the construction, for evidence.
    pub tokens: std::ops::Range<usize>,
    pub sentence: usize,
    /// Written as a formal title: capitalised before the name ("Interior
    /// Minister X") or stated in an appositive; not "opposition leader X".
    pub formal: bool,
}

pub(super) const MODIFIERS: &[&str] = &[
    "former",
    "acting",
    "deputy",
    "incumbent",
    "then",
    "late",
    "outgoing",
    "interim",
];

pub(super) fn title_of(m: &Mention) -> Option<&str> {
    match &m.kind {
        MentionKind::Title { canonical } => Some(canonical),
        _ => None,
    }
}

/// All roles stated in the document, in order.
pub fn find_roles(doc: &Document, mentions: &[Mention], res: &Resolution) -> Vec<Role> {
    let mut roles = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(person) =
            res.mention_entity[i].filter(|&e| res.entities[e].kind == EntityType::Person)
        else {
            continue;
        };
        if let Some(role) = title_before(doc, mentions, res, i, person)
            .or_else(|| occupation_before(doc, mentions, res, i, person))
        {
            roles.push(role);
        }
        if let Some(role) = appositive::appositive_after(doc, mentions, res, i, person, m) {
            roles.push(role);
        } else if let Some(role) = person_of_body(doc, mentions, res, i, person, &roles) {
            roles.push(role);
        }
        if let Some(role) = appositive::introduced_by_title(doc, mentions, res, i, person) {
            roles.push(role);
        }
        if let Some(role) = appositive::relative_clause_role(doc, mentions, res, i, person) {
            roles.push(role);
        }
    }
    roles
}

/// "[former] [Country|Demonym] Title Name".
fn title_before(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
) -> Option<Role> {
    let t = i.checked_sub(1)?;
    let title = title_of(&mentions[t])?;
    if mentions[t].tokens.end != mentions[i].tokens.start {
        return None;
    }
    let mut start = mentions[t].tokens.start;
    let mut of = None;
    if let Some(c) = t.checked_sub(1)
        && mentions[c].tokens.end == start
        && let Some(e) = res.mention_entity[c]
        && matches!(
            res.entities[e].kind,
            EntityType::Country | EntityType::Institution
        )
    {
        of = Some(e);
        start = mentions[c].tokens.start;
    }
    let mut modifier = None;
    if start > 0 {
        let w = doc.token_text(start - 1).to_lowercase();
        if MODIFIERS.contains(&w.as_str()) {
            modifier = Some(w);
            start -= 1;
        }
    }
    let formal = doc.slice(mentions[t].span).starts_with(char::is_uppercase);
    Some(Role {
        person,
        title: with_modifier(modifier, title),
        of,
        tokens: start..mentions[i].tokens.end,
        sentence: mentions[i].sentence,
        formal,
    })
}

pub(super) fn with_modifier(modifier: Option<String>, title: &str) -> String {
    match modifier {
        Some(m) => format!("{m} {title}"),
        None => title.to_string(),
    }
}

/// "Yaw Adomako of Accra-based Crestline Sports Management", "the economist
/// Andrés Villalobos of the governing National Action Front": a person "of"
/// an institution belongs to it, with the title written before the name if
/// there is one.
fn person_of_body(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
    earlier: &[Role],
) -> Option<Role> {
    let m = &mentions[i];
    if m.tokens.end >= doc.tokens.len() || doc.token_text(m.tokens.end) != "of" {
        return None;
    }
    let (of, end) = bodies::body_at(doc, mentions, res, m.tokens.end + 1)?;
    if res.entities[of].kind != EntityType::Institution {
        return None;
    }
    let title = earlier
        .iter()
        .rev()
        .find(|r| r.person == person && r.sentence == m.sentence)
        .map(|r| r.title.clone())
        .unwrap_or_else(|| "member".to_string());
    Some(Role {
        person,
        title,
        of: Some(of),
        tokens: m.tokens.start..end,
        sentence: m.sentence,
        formal: true,
    })
}

/// "Ghana winger Kwabena Asante-Mensah", "Chilean economist Ana Lima": a
/// country or demonym, then an occupation the title list may lack, then the name.
fn occupation_before(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
) -> Option<Role> {
    let m = &mentions[i];
    let o = m.tokens.start.checked_sub(1)?;
    let word = doc.token_text(o);
    if !crate::names::is_occupation(word) {
        return None;
    }
    let c = mentions.iter().position(|x| x.tokens.end == o)?;
    let of = res.mention_entity[c].filter(|&e| res.entities[e].kind == EntityType::Country)?;
    Some(Role {
        person,
        title: word.to_string(),
        of: Some(of),
        tokens: mentions[c].tokens.start..m.tokens.end,
        sentence: m.sentence,
        formal: true,
    })
}
