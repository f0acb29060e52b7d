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
    /// Written as a formal title: capitalised before the name ("Interior
    /// Minister X") or stated in an appositive; not "opposition leader X".
    pub formal: bool,
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

/// Verbs of a relative clause that state a role: "X, who chairs the Y".
const ROLE_VERBS: &[(&str, &str)] = &[
    ("heads", "head"),
    ("chairs", "chair"),
    ("leads", "leader"),
    ("runs", "head"),
    ("directs", "director"),
    ("founded", "founder"),
    ("manages", "manager"),
    ("co-founded", "co-founder"),
    ("oversees", "head"),
];

/// Suffixes of occupation nouns the title list may not have ("agronomist").
fn occupational(word: &str) -> bool {
    word.len() > 4
        && ["ist", "er", "or", "ian", "ant", "ent", "ee", "fellow"]
            .iter()
            .any(|s| word.ends_with(s))
        && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Entity of the institution or country named at token `t` (after an
/// optional "the" and a "Rotterdam-based" attribute), or what a definite
/// reference like "the institute's" points back to: the latest institution
/// before it with that head word.
fn body_at(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    mut t: usize,
) -> Option<(usize, usize)> {
    let n = doc.tokens.len();
    let word = |t: usize| if t < n { doc.token_text(t) } else { "" };
    if word(t) == "the" {
        t += 1;
        let head = word(t);
        let gaz = crate::gazetteer::Gazetteers::get();
        if !head.is_empty()
            && head.chars().all(char::is_lowercase)
            && gaz.is_org_head(&capitalise(head))
        {
            let before = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.tokens.end <= t)
                .rev();
            let found = before
                .filter_map(|(i, _)| res.mention_entity[i])
                .find(|&e| {
                    res.entities[e].kind == EntityType::Institution
                        && res.entities[e]
                            .name
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(head))
                });
            return found.map(|e| (e, t + 1));
        }
    }
    if word(t).ends_with("-based") || word(t).ends_with("-headquartered") {
        t += 1;
    }
    let (bi, body) = mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.tokens.start == t)?;
    let e = res.mention_entity[bi]?;
    matches!(
        res.entities[e].kind,
        EntityType::Institution | EntityType::Country
    )
    .then_some((e, body.tokens.end))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// "Name, [a|the] [former] [Owner's] Title [of research] (of|at|in|for|to) [the] Body",
/// "Name, who chairs the Body", and "Name, an agronomist at Body".
fn appositive_after(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
    m: &Mention,
) -> Option<Role> {
    let comma = m.tokens.end;
    let n = doc.tokens.len();
    if comma >= n || doc.token_text(comma) != "," {
        return None;
    }
    let word = |t: usize| if t < n { doc.token_text(t) } else { "" };
    // "who chairs the Senate Subcommittee"
    let adverb = usize::from(matches!(
        word(comma + 2),
        "now" | "also" | "currently" | "still" | "previously" | "once"
    ));
    if word(comma + 1) == "who"
        && let Some(&(_, title)) = ROLE_VERBS
            .iter()
            .find(|(v, _)| *v == word(comma + 2 + adverb))
    {
        let at = comma + 3 + adverb;
        let (of, end) =
            body_at(doc, mentions, res, at).map_or((None, at), |(e, end)| (Some(e), end));
        return of.map(|of| Role {
            person,
            title: title.to_string(),
            of: Some(of),
            tokens: m.tokens.start..end,
            sentence: m.sentence,
            formal: true,
        });
    }
    let mut k = comma + 1;
    let mut modifier = None;
    let mut of = None;
    while k < n && k < comma + 5 {
        let w = doc.token_text(k).to_lowercase();
        if matches!(w.as_str(), "a" | "an" | "the") {
            k += 1;
        } else if MODIFIERS.contains(&w.as_str()) {
            modifier = Some(w);
            k += 1;
        } else if matches!(word(k + 1), "'s" | "’s")
            && let Some((e, end)) = body_at(doc, mentions, res, k)
        {
            // "SEVA's managing director", "Britain's ambassador"
            of = Some(e);
            k = end + 1;
        } else {
            break;
        }
    }
    // The title may follow an adjective or a country ("a ROK professor", "a senior analyst").
    let found = mentions
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(5)
        .find(|(_, t)| title_of(t).is_some() && t.tokens.start >= k && t.tokens.start <= k + 2);
    let (ti, title, mut end) = match found {
        Some((ti, t)) => (Some(ti), title_of(t)?.to_string(), t.tokens.end),
        None => {
            // An occupation the title list lacks, right before a preposition.
            let last = (k..(k + 3).min(n)).find(|&t| {
                matches!(word(t + 1), "at" | "of" | "for" | "with") && occupational(word(t))
            })?;
            (
                None,
                (k..=last).map(word).collect::<Vec<_>>().join(" "),
                last + 1,
            )
        }
    };
    // "head of research at the Forum": skip a short lowercase complement.
    let mut prep = end;
    if word(prep) == "of" && !word(prep + 1).starts_with(char::is_uppercase) {
        if let Some(p) =
            (prep + 1..(prep + 4).min(n)).find(|&t| matches!(word(t), "at" | "for" | "with"))
        {
            prep = p;
        }
    }
    if of.is_none()
        && matches!(word(prep), "of" | "at" | "in" | "for" | "with" | "to")
        && let Some((e, body_end)) = body_at(doc, mentions, res, prep + 1)
    {
        // "ambassador to Indonesia" names where, not whom for: keep the owner if there is one.
        if word(prep) != "to" {
            of = Some(e);
            end = body_end;
        }
    }
    // "a ROK professor": the country before the title.
    if of.is_none()
        && let Some(ti) = ti
        && let Some(prev) = ti.checked_sub(1)
        && mentions[prev].tokens.end == mentions[ti].tokens.start
        && mentions[prev].tokens.start > comma
        && let Some(e) = res.mention_entity[prev]
        && res.entities[e].kind == EntityType::Country
    {
        of = Some(e);
    }
    if ti.is_none() && of.is_none() {
        return None;
    }
    Some(Role {
        person,
        title: with_modifier(modifier, &title),
        of,
        tokens: m.tokens.start..end,
        sentence: m.sentence,
        formal: true,
    })
}

fn with_modifier(modifier: Option<String>, title: &str) -> String {
    match modifier {
        Some(m) => format!("{m} {title}"),
        None => title.to_string(),
    }
}
