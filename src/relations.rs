//! Relations between entities, each with the sentence that states it:
//! affiliations (from roles), part_of, located_in, met, visited, focuses_on,
//! interviewed_by.
//!
//! These are lexical patterns over mentions, chosen for precision: a wrong
//! edge in a graph people read is worse than a missing one.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::gazetteer::Gazetteers;
use crate::mentions::{EntityType, Mention, MentionKind};
use crate::quotes::{Statement, StatementKind};
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

pub fn find_relations(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    roles: &[Role],
    statements: &[Statement],
) -> Vec<Relation> {
    let mut out = Vec::new();
    for r in roles {
        let of = r.of.or_else(|| government_country(mentions, res, r));
        if let Some(of) = of {
            out.push(Relation {
                source: r.person,
                target: of,
                kind: RelationKind::AffiliatedWith,
                role: Some(r.title.clone()),
                sentence: r.sentence,
            });
        }
    }
    let ent = |i: usize| res.mention_entity[i];
    let kind_of = |i: usize| ent(i).map(|e| res.entities[e].kind);
    for (i, m) in mentions.iter().enumerate() {
        let Some(src) = ent(i) else { continue };
        let after = m.tokens.end;
        let word = |t: usize| {
            if t < doc.tokens.len() {
                doc.token_text(t)
            } else {
                ""
            }
        };
        let mention_at = |t: usize| mentions.iter().position(|n| n.tokens.start == t);
        // Skip "(ACR)" right after a name.
        let mut k = after;
        if word(k) == "(" && word(k + 2) == ")" {
            k += 3;
        }
        let the = |t: usize| {
            if matches!(word(t), "the" | "its" | "his" | "her") {
                t + 1
            } else {
                t
            }
        };
        match kind_of(i) {
            Some(EntityType::Institution) => {
                // "X in China"
                if word(k) == "in"
                    && let Some(j) = mention_at(the(k + 1))
                    && matches!(kind_of(j), Some(EntityType::Country | EntityType::Place))
                {
                    push(&mut out, src, ent(j), RelationKind::LocatedIn, m.sentence);
                }
                // "X, which is affiliated to / part of / under Y"
                let window: Vec<usize> = (k..(k + 8).min(doc.tokens.len())).collect();
                if let Some(&p) = window.iter().find(|&&t| {
                    matches!(
                        word(t),
                        "affiliated" | "part" | "under" | "subsidiary" | "unit"
                    )
                }) && let Some(j) = (p + 1..(p + 6).min(doc.tokens.len())).find_map(|t| {
                    mention_at(t).filter(|&j| {
                        matches!(
                            kind_of(j),
                            Some(EntityType::Institution | EntityType::Country)
                        )
                    })
                }) {
                    push(&mut out, src, ent(j), RelationKind::PartOf, m.sentence);
                }
                // "the country's Ministry ..." / "ROK's Science ... Ministry"
                if m.tokens.start >= 2 && matches!(word(m.tokens.start - 1), "'s" | "’s") {
                    let owner = mentions
                        .iter()
                        .position(|n| n.tokens.end == m.tokens.start - 1)
                        .and_then(ent);
                    let owner = match owner {
                        Some(o) => Some(o),
                        None if word(m.tokens.start - 2) == "country" => {
                            the_country(doc, mentions, res, i)
                        }
                        None => None,
                    };
                    if let Some(o) = owner.filter(|&o| res.entities[o].kind == EntityType::Country)
                    {
                        push(&mut out, src, Some(o), RelationKind::PartOf, m.sentence);
                    }
                }
            }
            Some(EntityType::Place) => {
                let gaz = Gazetteers::get();
                let country = gaz.place(&res.entities[src].name).and_then(|p| {
                    res.entities
                        .iter()
                        .position(|e| e.key == format!("country:{}", p.country))
                });
                push(&mut out, src, country, RelationKind::LocatedIn, m.sentence);
            }
            Some(EntityType::Person) => {
                person_relations(doc, mentions, res, roles, i, src, &mut out)
            }
            _ => {}
        }
    }
    for st in statements.iter().filter(|s| s.kind != StatementKind::Scare) {
        statement_relations(doc, mentions, res, roles, st, &mut out);
    }
    out.sort_by_key(|r| (r.source, r.target, r.kind, r.sentence));
    out.dedup_by_key(|r| (r.source, r.target, r.kind));
    out
}

fn push(
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

/// What "the country" refers to at mention `i`: the country whose name is
/// part of an institution named in the same sentence ("the KIC", i.e. the
/// Korea Innovation Center, "... the country's ministry"), else the last
/// country named before.
fn the_country(doc: &Document, mentions: &[Mention], res: &Resolution, i: usize) -> Option<usize> {
    let gaz = Gazetteers::get();
    let sentence = mentions[i].sentence;
    let _ = doc;
    for (j, m) in mentions.iter().enumerate() {
        let Some(e) = res.mention_entity[j] else {
            continue;
        };
        if m.sentence != sentence || j == i || res.entities[e].kind != EntityType::Institution {
            continue;
        }
        for word in res.entities[e].name.split_whitespace() {
            if let Some(c) = gaz
                .country_by_name(word)
                .or_else(|| gaz.demonym_country(word))
            {
                let key = format!("country:{}", c.alpha3);
                if let Some(k) = res.entities.iter().position(|x| x.key == key) {
                    return Some(k);
                }
            }
        }
    }
    last_country_before(mentions, res, i)
}

fn last_country_before(mentions: &[Mention], res: &Resolution, i: usize) -> Option<usize> {
    let sentence = mentions[i].sentence;
    mentions[..i]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| m.sentence + 1 >= sentence)
        .find_map(|(j, _)| {
            res.mention_entity[j].filter(|&e| res.entities[e].kind == EntityType::Country)
        })
}

/// "X held talks with / met Y", "X ... visit to Z", "X visited Z": X the
/// subject of the sentence (its first person).
fn person_relations(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    roles: &[Role],
    i: usize,
    src: usize,
    out: &mut Vec<Relation>,
) {
    let m = &mentions[i];
    let first_person_in_sentence = mentions.iter().enumerate().find(|(j, n)| {
        n.sentence == m.sentence
            && res.mention_entity[*j].is_some_and(|e| res.entities[e].kind == EntityType::Person)
    });
    if first_person_in_sentence.map(|(j, _)| j) != Some(i) {
        return;
    }
    let s = &doc.sentences[m.sentence];
    let words: Vec<usize> = (m.tokens.end..s.tokens.end).collect();
    let text = |t: usize| doc.token_text(t);
    for (w, &t) in words.iter().enumerate() {
        let next_target = |from: usize, want: &[EntityType]| -> Option<usize> {
            (from..s.tokens.end.min(from + 6)).find_map(|u| {
                let j = mentions.iter().position(|n| n.tokens.start == u)?;
                let e = res.mention_entity[j]?;
                want.contains(&res.entities[e].kind).then_some(e)
            })
        };
        match text(t) {
            "visit" | "visits" | "trip" if w + 1 < words.len() && text(t + 1) == "to" => {
                push(
                    out,
                    src,
                    next_target(t + 2, &[EntityType::Country, EntityType::Place]),
                    RelationKind::Visited,
                    m.sentence,
                );
            }
            "visited" | "toured" => push(
                out,
                src,
                next_target(t + 1, &[EntityType::Country, EntityType::Place]),
                RelationKind::Visited,
                m.sentence,
            ),
            "met" | "meets" | "talks" | "meeting" => {
                let from = if matches!(text(t), "talks" | "meeting") {
                    t + 2
                } else {
                    t + 1
                };
                let target = next_target(from, &[EntityType::Person])
                    .or_else(|| counterpart(doc, mentions, res, roles, src, from, s.tokens.end));
                push(out, src, target, RelationKind::Met, m.sentence);
            }
            _ => {}
        }
    }
}

/// "his ROK counterpart": the person holding the subject's title in that country.
fn counterpart(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    roles: &[Role],
    src: usize,
    from: usize,
    end: usize,
) -> Option<usize> {
    let c = (from..end.min(from + 5)).find(|&t| doc.token_text(t) == "counterpart")?;
    let country = (from..c).find_map(|t| {
        mentions
            .iter()
            .position(|n| n.tokens.start == t)
            .and_then(|j| res.mention_entity[j])
            .filter(|&e| res.entities[e].kind == EntityType::Country)
    })?;
    let title = roles
        .iter()
        .find(|r| r.person == src)
        .map(|r| r.title.trim_start_matches("former ").to_string())?;
    roles
        .iter()
        .find(|r| r.person != src && r.of == Some(country) && r.title == title)
        .map(|r| r.person)
}

/// In what someone said: "in an interview with CGTN" (interviewed_by), and
/// "our center focuses on ... A, B and C" (focuses_on, for the speaker's institution).
fn statement_relations(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    roles: &[Role],
    st: &Statement,
    out: &mut Vec<Relation>,
) {
    let Some(speaker) = st.speaker else { return };
    let sentence = &doc.sentences[st.sentence];
    let s_text = doc.slice(sentence.span);
    if let Some(pos) = s_text.find("interview with") {
        let at = sentence.span.start + pos;
        let media = mentions
            .iter()
            .enumerate()
            .find(|(_, m)| {
                m.span.start > at
                    && m.span.start < at + 40
                    && m.kind == MentionKind::Name(EntityType::Institution)
            })
            .and_then(|(j, _)| res.mention_entity[j]);
        push(
            out,
            speaker,
            media,
            RelationKind::InterviewedBy,
            st.sentence,
        );
    }
    let lower = st.text.to_lowercase();
    if let Some(pos) = lower
        .find("focus on")
        .or_else(|| lower.find("focuses on"))
        .or_else(|| lower.find("focused on"))
    {
        let org = if lower.starts_with("our ") || lower.starts_with("we ") {
            roles
                .iter()
                .find(|r| {
                    r.person == speaker
                        && r.of
                            .is_some_and(|o| res.entities[o].kind == EntityType::Institution)
                })
                .and_then(|r| r.of)
        } else {
            None
        };
        if let Some(org) = org {
            let from = st.span.start + pos;
            for (j, m) in mentions.iter().enumerate() {
                if m.span.start > from
                    && st.span.contains(m.span)
                    && m.kind == MentionKind::Name(EntityType::Sector)
                {
                    push(
                        out,
                        org,
                        res.mention_entity[j],
                        RelationKind::FocusesOn,
                        st.sentence,
                    );
                }
            }
        }
    }
}

/// "A government title without a named body links to the country": the
/// country named in the role's sentence, else the one the article names most.
fn government_country(mentions: &[Mention], res: &Resolution, role: &Role) -> Option<usize> {
    use crate::gazetteer::TitleDomain;
    let gaz = Gazetteers::get();
    let bare = role.title.rsplit(' ').next().unwrap_or(&role.title);
    if !role.formal {
        return None;
    }
    let title = gaz.title(&role.title).or_else(|| gaz.title(bare))?;
    if !matches!(
        title.domain,
        TitleDomain::Government | TitleDomain::Diplomatic | TitleDomain::Military
    ) {
        return None;
    }
    let country_of =
        |i: usize| res.mention_entity[i].filter(|&e| res.entities[e].kind == EntityType::Country);
    let in_sentence = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.sentence == role.sentence)
        .find_map(|(i, _)| country_of(i));
    in_sentence.or_else(|| {
        let countries: Vec<(usize, usize)> = res
            .entities
            .iter()
            .enumerate()
            .filter(|(_, x)| x.kind == EntityType::Country)
            .map(|(e, x)| (e, x.mentions.len()))
            .collect();
        let (e, n) = countries
            .iter()
            .copied()
            .fold(None, |best: Option<(usize, usize)>, c| {
                if best.is_none_or(|b| c.1 > b.1) {
                    Some(c)
                } else {
                    best
                }
            })?;
        // The article's country: named most, and more than once unless it is the only one.
        (n >= 2 || countries.len() == 1).then_some(e)
    })
}
