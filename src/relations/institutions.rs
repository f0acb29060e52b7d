//! What institutions are part of, where they are, and what they focus on.
//!
//! - located_in: "X in China", "X, headquartered in Seoul", "Rotterdam-based
//!   X", "X, a Sheffield-based producer"; a gazetteer place in its country.
//! - part_of: "X, which is affiliated to / part of / a unit of / under Y",
//!   "China's Ministry of ...", "the country's Ministry of ...".
//! - focuses_on: "X, a body that focuses on A, B and C" and, in a quotation,
//!   "our center focuses on ..." for the speaker's institution.

use super::{RelationKind, Text, push};
use crate::gazetteer::Gazetteers;
use crate::mentions::{EntityType, MentionKind};
use crate::quotes::{Statement, StatementKind};
use crate::relations::Relation;
use crate::resolve::Role;

const PLACES: &[EntityType] = &[EntityType::Country, EntityType::Place];
const BODIES: &[EntityType] = &[EntityType::Institution];
const PART_OF_CUES: &[&str] = &[
    "affiliated",
    "part",
    "under",
    "subsidiary",
    "unit",
    "arm",
    "division",
    "branch",
];
const FOCUS_CUES: &[(&str, &str)] = &[
    ("focuses", "on"),
    ("focus", "on"),
    ("focused", "on"),
    ("focusing", "on"),
    ("specialises", "in"),
    ("specializes", "in"),
    ("specialising", "in"),
    ("specializing", "in"),
    ("specialised", "in"),
    ("specialized", "in"),
];

pub(super) fn find(text: &Text, roles: &[Role], statements: &[Statement], out: &mut Vec<Relation>) {
    let gaz = Gazetteers::get();
    for (i, m) in text.mentions.iter().enumerate() {
        let Some(src) = text.res.mention_entity[i] else {
            continue;
        };
        match text.kind(src) {
            EntityType::Institution => {
                located(text, i, src, out);
                owned_by_country(text, i, src, out);
            }
            EntityType::Place => {
                let country = gaz.place(&text.res.entities[src].name).and_then(|p| {
                    text.res
                        .entities
                        .iter()
                        .position(|e| e.key == format!("country:{}", p.country))
                });
                push(out, src, country, RelationKind::LocatedIn, m.sentence);
            }
            _ => {}
        }
    }
    for (s, sentence) in text.doc.sentences.iter().enumerate() {
        for t in sentence.tokens.clone() {
            let w = text.word(t);
            if PART_OF_CUES.contains(&w) {
                part_of(text, s, t, out);
            }
            if FOCUS_CUES
                .iter()
                .any(|&(v, p)| v == w && text.word(t + 1) == p)
            {
                focuses_on(text, roles, statements, s, t, out);
            }
        }
    }
}

/// "X in China", "X, which is headquartered in Seoul", "Rotterdam-based X",
/// "X, a Sheffield-based producer".
fn located(text: &Text, i: usize, src: usize, out: &mut Vec<Relation>) {
    let m = &text.mentions[i];
    let mut k = m.tokens.end;
    if text.word(k) == "(" && text.word(k + 2) == ")" {
        k += 3;
    }
    let the = |t: usize| if text.word(t) == "the" { t + 1 } else { t };
    if text.word(k) == "in"
        && let Some((e, _)) = text.entity_starting_at(the(k + 1), PLACES)
    {
        push(out, src, Some(e), RelationKind::LocatedIn, m.sentence);
    }
    // ", (which is) headquartered/based in Y"
    if text.word(k) == "," {
        let window = k + 1..(k + 5).min(text.doc.tokens.len());
        if let Some(h) = window
            .clone()
            .find(|&t| matches!(text.word(t), "headquartered" | "based"))
        {
            if text.word(h + 1) == "in"
                && let Some((e, _)) = text.entity_starting_at(the(h + 2), PLACES)
            {
                push(out, src, Some(e), RelationKind::LocatedIn, m.sentence);
            }
        } else if let Some(b) = window.clone().find(|&t| text.word(t).ends_with("-based")) {
            push(
                out,
                src,
                place_inside(text, b),
                RelationKind::LocatedIn,
                m.sentence,
            );
        }
    }
    // "Rotterdam-based [security firm] X"
    let start = m.tokens.start;
    if let Some(b) = (start.saturating_sub(4)..start)
        .rev()
        .find(|&t| text.word(t).ends_with("-based"))
    {
        let between_lower =
            (b + 1..start).all(|t| text.word(t).chars().all(|c| c.is_lowercase() || c == '-'));
        if between_lower {
            push(
                out,
                src,
                place_inside(text, b),
                RelationKind::LocatedIn,
                m.sentence,
            );
        }
    }
}

/// The place or country named in a "-based" token (or just before it, for
/// "Cape Town-based").
fn place_inside(text: &Text, token: usize) -> Option<usize> {
    let span = text.doc.tokens[token].span;
    text.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.span.end > span.start.saturating_sub(12)
                && m.span.start < span.end
                && m.tokens.end >= token
                && m.tokens.start <= token
        })
        .filter_map(|(i, _)| text.res.mention_entity[i])
        .find(|&e| PLACES.contains(&text.kind(e)))
}

/// "China's Ministry of ..." and "the country's Ministry of ...".
fn owned_by_country(text: &Text, i: usize, src: usize, out: &mut Vec<Relation>) {
    let m = &text.mentions[i];
    if m.tokens.start < 2 || !matches!(text.word(m.tokens.start - 1), "'s" | "’s") {
        return;
    }
    let owner = text
        .mentions
        .iter()
        .position(|n| n.tokens.end == m.tokens.start - 1)
        .and_then(|j| text.res.mention_entity[j]);
    let owner = match owner {
        Some(o) => Some(o),
        None if text.word(m.tokens.start - 2) == "country" => the_country(text, i),
        None => None,
    };
    if let Some(o) = owner.filter(|&o| text.kind(o) == EntityType::Country) {
        push(out, src, Some(o), RelationKind::PartOf, m.sentence);
    }
}

/// What "the country" refers to at mention `i`: the country whose name is
/// part of an institution named in the same sentence ("the PIC", i.e. the
/// Peru Innovation Center), else the first country named earlier in the
/// sentence (its subject), else the last one named before.
fn the_country(text: &Text, i: usize) -> Option<usize> {
    let gaz = Gazetteers::get();
    let sentence = text.mentions[i].sentence;
    let country_key = |word: &str| {
        gaz.country_by_name(word)
            .or_else(|| gaz.demonym_country(word))
            .map(|c| format!("country:{}", c.alpha3))
    };
    for (j, m) in text.mentions.iter().enumerate() {
        let Some(e) = text.res.mention_entity[j] else {
            continue;
        };
        if m.sentence != sentence || j == i || text.kind(e) != EntityType::Institution {
            continue;
        }
        for word in text.res.entities[e].name.split_whitespace() {
            if let Some(key) = country_key(word)
                && let Some(k) = text.res.entities.iter().position(|x| x.key == key)
            {
                return Some(k);
            }
        }
    }
    let countries_before = text.mentions[..i].iter().enumerate().filter_map(|(j, m)| {
        text.res.mention_entity[j]
            .filter(|&e| text.kind(e) == EntityType::Country)
            .map(|e| (e, m.sentence))
    });
    let all: Vec<(usize, usize)> = countries_before.collect();
    all.iter()
        .find(|(_, s)| *s == sentence)
        .or(all.last())
        .map(|(e, _)| *e)
}

/// The institution a clause is about: the nearest one before token `t` in
/// its sentence.
fn subject_before(text: &Text, s: usize, t: usize) -> Option<usize> {
    text.in_sentence(s)
        .filter(|(_, m)| m.tokens.end <= t)
        .rev()
        .find_map(|(i, _)| {
            text.res.mention_entity[i].filter(|&e| text.kind(e) == EntityType::Institution)
        })
}

/// "X, which is affiliated to / part of / a unit of / a body under Y":
/// Y an institution (or, failing one, a country) just after the cue.
fn part_of(text: &Text, s: usize, cue: usize, out: &mut Vec<Relation>) {
    let Some(src) = subject_before(text, s, cue) else {
        return;
    };
    let to = (cue + 6).min(text.doc.sentences[s].tokens.end);
    let target = text
        .first_entity_in(cue + 1, to, BODIES)
        .or_else(|| text.first_entity_in(cue + 1, to, &[EntityType::Country]))
        .map(|(e, _)| e);
    // "under pressure", "part of the deal": only a named body makes it a relation.
    push(out, src, target, RelationKind::PartOf, s);
}

/// "X, a state agency that focuses on A, B and C" and, said by someone,
/// "our center focuses on ...": focuses_on each sector named after the cue.
fn focuses_on(
    text: &Text,
    roles: &[Role],
    statements: &[Statement],
    s: usize,
    cue: usize,
    out: &mut Vec<Relation>,
) {
    let at = text.doc.tokens[cue].span.start;
    let quoted = statements
        .iter()
        .find(|st| st.kind == StatementKind::Direct && st.span.start <= at && at < st.span.end);
    let src = match quoted {
        Some(st) => {
            let lead = st.text.to_lowercase();
            let ours = lead.starts_with("our ") || lead.starts_with("we ");
            let speaker_body = st.speaker.and_then(|sp| {
                roles
                    .iter()
                    .find(|r| {
                        r.person == sp
                            && r.of
                                .is_some_and(|o| text.kind(o) == EntityType::Institution)
                    })
                    .and_then(|r| r.of)
            });
            if ours {
                speaker_body
            } else {
                subject_before(text, s, cue)
            }
        }
        None => subject_before(text, s, cue),
    };
    let Some(src) = src else { return };
    let end = text.doc.sentences[s].span.end;
    for (j, m) in text.mentions.iter().enumerate() {
        if m.span.start > at && m.span.end <= end && m.kind == MentionKind::Name(EntityType::Sector)
        {
            push(
                out,
                src,
                text.res.mention_entity[j],
                RelationKind::FocusesOn,
                s,
            );
        }
    }
}
