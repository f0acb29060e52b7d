//! Roles: the job titles attached to people, and what they hold them in.
//!
//! Two constructions carry nearly all roles in news: a title before the name
//! ("former ROK President Yoon Suk Yeol", "Chinese President Xi Jinping") and
//! an appositive after it ("Kim Jong Moon, chief representative of the KIC").
//! A government title with no named body belongs to the country named or
//! implied by the demonym before it.

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
}

const MODIFIERS: &[&str] = &[
    "former",
    "acting",
    "deputy",
    "incumbent",
    "then",
    "late",
    "outgoing",
    "interim",
];

fn title_of(m: &Mention) -> Option<&str> {
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
        if let Some(role) = title_before(doc, mentions, res, i, person) {
            roles.push(role);
        }
        if let Some(role) = appositive_after(doc, mentions, res, i, person, m) {
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
    Some(Role {
        person,
        title: with_modifier(modifier, title),
        of,
        tokens: start..mentions[i].tokens.end,
        sentence: mentions[i].sentence,
    })
}

/// "Name, [a|the] [former] Title (of|at|in|for) [the] Body".
fn appositive_after(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
    m: &Mention,
) -> Option<Role> {
    let comma = m.tokens.end;
    if comma >= doc.tokens.len() || doc.token_text(comma) != "," {
        return None;
    }
    let mut k = comma + 1;
    let mut modifier = None;
    while k < doc.tokens.len() && k < comma + 4 {
        let w = doc.token_text(k).to_lowercase();
        if matches!(w.as_str(), "a" | "an" | "the") {
            k += 1;
        } else if MODIFIERS.contains(&w.as_str()) {
            modifier = Some(w);
            k += 1;
        } else {
            break;
        }
    }
    // The title may follow an adjective or a country ("a ROK professor", "a senior analyst").
    let (ti, title_m) = mentions
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(4)
        .find(|(_, n)| title_of(n).is_some() && n.tokens.start >= k && n.tokens.start <= k + 2)?;
    let title = title_of(title_m)?;
    let mut of = None;
    let mut end = title_m.tokens.end;
    let prep = end;
    if prep < doc.tokens.len()
        && matches!(doc.token_text(prep), "of" | "at" | "in" | "for" | "with")
    {
        let mut b = prep + 1;
        if b < doc.tokens.len() && doc.token_text(b) == "the" {
            b += 1;
        }
        if let Some((bi, body)) = mentions
            .iter()
            .enumerate()
            .skip(ti + 1)
            .find(|(_, n)| n.tokens.start == b)
            && let Some(e) = res.mention_entity[bi]
            && matches!(
                res.entities[e].kind,
                EntityType::Institution | EntityType::Country
            )
        {
            of = Some(e);
            end = body.tokens.end;
        }
    }
    // "a ROK professor": the country before the title.
    if of.is_none()
        && let Some(prev) = ti.checked_sub(1)
        && mentions[prev].tokens.end == title_m.tokens.start
        && mentions[prev].tokens.start > comma
        && let Some(e) = res.mention_entity[prev]
        && res.entities[e].kind == EntityType::Country
    {
        of = Some(e);
    }
    Some(Role {
        person,
        title: with_modifier(modifier, title),
        of,
        tokens: m.tokens.start..end,
        sentence: m.sentence,
    })
}

fn with_modifier(modifier: Option<String>, title: &str) -> String {
    match modifier {
        Some(m) => format!("{m} {title}"),
        None => title.to_string(),
    }
}
