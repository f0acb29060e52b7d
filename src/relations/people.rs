//! What people did and whom they spoke to, with the sentence subject (its
//! first person) as the actor:
//!
//! - affiliated_with: every role with a body, and a formal government title
//!   with none ("Interior Minister X") linked to the article's country;
//! - met: "X met Y", "X held talks with Y", "X held talks with his ROK counterpart";
//! - visited: "X ... a visit to Z", "X visited Z", "X arrived in Z";
//! - interviewed_by: "in an interview with CGTN", "X told the Capitol Ledger".

use super::{RelationKind, Text, push};
use crate::gazetteer::{BodyKind, Gazetteers, TitleDomain};
use crate::mentions::EntityType;
use crate::quotes::{Statement, StatementKind};
use crate::relations::Relation;
use crate::resolve::Role;

const PLACES: &[EntityType] = &[EntityType::Country, EntityType::Place];

/// Words that end the names of newspapers, broadcasters and magazines.
const MEDIA_WORDS: &[&str] = &[
    "News",
    "Times",
    "Post",
    "Review",
    "Chronicle",
    "Ledger",
    "Journal",
    "Herald",
    "Radio",
    "Television",
    "TV",
    "Daily",
    "Courier",
    "Gazette",
    "Tribune",
    "Kurier",
    "Telegraph",
    "Guardian",
    "Observer",
    "Express",
    "Record",
    "Press",
    "Network",
    "Broadcasting",
    "Wire",
    "Insider",
    "Magazine",
    "Weekly",
    "Monitor",
    "Standard",
    "Star",
    "Mirror",
    "Mail",
    "Sun",
];

pub(super) fn affiliations(text: &Text, roles: &[Role]) -> Vec<Relation> {
    let stated = |r: &Role| {
        r.of.map(|of| Relation {
            source: r.person,
            target: of,
            kind: RelationKind::AffiliatedWith,
            role: Some(r.title.clone()),
            sentence: r.sentence,
        })
    };
    let mut out: Vec<Relation> = roles.iter().filter_map(stated).collect();
    // A bare government title ("President Lee") adds a country only for a
    // person the text ties to no country already.
    for r in roles.iter().filter(|r| r.of.is_none()) {
        if !out
            .iter()
            .any(|a| a.source == r.person && text.kind(a.target) == EntityType::Country)
            && let Some(of) = government_country(text, r)
        {
            out.push(Relation {
                source: r.person,
                target: of,
                kind: RelationKind::AffiliatedWith,
                role: Some(r.title.clone()),
                sentence: r.sentence,
            });
        }
    }
    out
}

/// "A government title without a named body links to the country": the
/// country named in the role's sentence, else the one the article names most.
fn government_country(text: &Text, role: &Role) -> Option<usize> {
    if !role.formal {
        return None;
    }
    let gaz = Gazetteers::get();
    let bare = role.title.rsplit(' ').next().unwrap_or(&role.title);
    let title = gaz.title(&role.title).or_else(|| gaz.title(bare))?;
    if !matches!(
        title.domain,
        TitleDomain::Government | TitleDomain::Diplomatic | TitleDomain::Military
    ) {
        return None;
    }
    let country_of =
        |i: usize| text.res.mention_entity[i].filter(|&e| text.kind(e) == EntityType::Country);
    let in_sentence = text
        .in_sentence(role.sentence)
        .find_map(|(i, _)| country_of(i));
    // Else the article's own country: the first one it names (the dateline or
    // the lede); home governments are rarely named again.
    in_sentence.or_else(|| {
        text.mentions
            .iter()
            .enumerate()
            .find_map(|(i, _)| country_of(i))
    })
}

pub(super) fn find(text: &Text, roles: &[Role], statements: &[Statement], out: &mut Vec<Relation>) {
    for (s, sentence) in text.doc.sentences.iter().enumerate() {
        let Some((src, first)) = subject(text, s) else {
            continue;
        };
        for t in first..sentence.tokens.end {
            let next = |from: usize, kinds: &[EntityType]| {
                text.first_entity_in(from, (from + 6).min(sentence.tokens.end), kinds)
                    .map(|(e, _)| e)
            };
            match text.word(t) {
                "visit" | "visits" | "trip" if text.word(t + 1) == "to" => {
                    push(out, src, next(t + 2, PLACES), RelationKind::Visited, s)
                }
                "visited" => push(out, src, next(t + 1, PLACES), RelationKind::Visited, s),
                "arrived" | "arrives" if text.word(t + 1) == "in" => {
                    push(out, src, next(t + 2, PLACES), RelationKind::Visited, s)
                }
                "met" | "meets" | "talks" | "meeting" => {
                    let from = if matches!(text.word(t), "talks" | "meeting") {
                        t + 2
                    } else {
                        t + 1
                    };
                    let target = next(from, &[EntityType::Person])
                        .or_else(|| counterpart(text, roles, src, from, sentence.tokens.end));
                    push(out, src, target, RelationKind::Met, s);
                }
                _ => {}
            }
        }
    }
    interviews(text, statements, out);
}

/// The first person of sentence `s` and the token after that mention.
fn subject(text: &Text, s: usize) -> Option<(usize, usize)> {
    text.in_sentence(s).find_map(|(i, m)| {
        let e = text.res.mention_entity[i]?;
        (text.kind(e) == EntityType::Person).then_some((e, m.tokens.end))
    })
}

/// "his ROK counterpart": the person holding the subject's title in that country.
fn counterpart(text: &Text, roles: &[Role], src: usize, from: usize, end: usize) -> Option<usize> {
    let c = (from..end.min(from + 5)).find(|&t| text.word(t) == "counterpart")?;
    let (country, _) = text.first_entity_in(from, c, &[EntityType::Country])?;
    let title = roles
        .iter()
        .find(|r| r.person == src)
        .map(|r| r.title.trim_start_matches("former ").to_string())?;
    roles
        .iter()
        .find(|r| r.person != src && r.of == Some(country) && r.title == title)
        .map(|r| r.person)
}

fn is_media(text: &Text, e: usize) -> bool {
    let ent = &text.res.entities[e];
    let gaz = Gazetteers::get();
    let listed = ent
        .gazetteer_key
        .as_deref()
        .and_then(|k| k.strip_prefix("body:"))
        .and_then(|id| gaz.bodies.iter().find(|b| b.id == id))
        .is_some_and(|b| b.kind == BodyKind::Media);
    listed
        || ent
            .name
            .split_whitespace()
            .last()
            .is_some_and(|w| MEDIA_WORDS.contains(&w))
}

/// "said X in an interview with CGTN" and "X told the Capitol Ledger": the
/// speaker was interviewed by that outlet.
fn interviews(text: &Text, statements: &[Statement], out: &mut Vec<Relation>) {
    for st in statements.iter().filter(|s| s.kind != StatementKind::Scare) {
        let Some(speaker) = st.speaker.filter(|&e| text.kind(e) == EntityType::Person) else {
            continue;
        };
        // The attribution can close a quotation of several sentences.
        let last = text.doc.sentence_at(st.span.end).unwrap_or(st.sentence);
        let tokens =
            text.doc.sentences[st.sentence].tokens.start..text.doc.sentences[last].tokens.end;
        for t in tokens {
            let outlet_from = match text.word(t) {
                "interview" if text.word(t + 1) == "with" => Some(t + 2),
                "told" | "tells" => Some(t + 1),
                _ => None,
            };
            let Some(from) = outlet_from else { continue };
            let from = if text.word(from) == "the" {
                from + 1
            } else {
                from
            };
            if let Some((e, _)) = text.entity_starting_at(from, &[EntityType::Institution])
                && (text.word(t) == "interview" || is_media(text, e))
            {
                push(
                    out,
                    speaker,
                    Some(e),
                    RelationKind::InterviewedBy,
                    st.sentence,
                );
            }
        }
    }
}
