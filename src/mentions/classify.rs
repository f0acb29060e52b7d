//! Turning gazetteer matches and name candidates into typed, non-overlapping
//! mentions: titles are split off names, candidates are typed against the
//! gazetteers and institution head words, and overlaps go to the longer span
//! so that "Korea" inside "Peru Innovation Center" is not a country.

use super::shapes::{
    extends_a_place, is_scare_quoted, looks_like_east_asian_person, names_a_place,
};
use super::{Mention, MentionKind, NameCandidate, NameLabel, gazetteer_key};
use crate::document::{Document, Span};
use crate::gazetteer::{Entry, Gazetteers};
use crate::mentions::EntityType;

/// Words that stay with a title rather than with the name after it.
const TITLE_MODIFIERS: &[&str] = &[
    "Former",
    "former",
    "Acting",
    "acting",
    "Deputy",
    "deputy",
    "Vice",
    "vice",
    "Then",
    "then",
    "Incumbent",
];

/// Letters after a name that are no part of it.
const POST_NOMINALS: &[&str] = &[
    "MP", "MPs", "MEP", "MSP", "MLA", "MPP", "QC", "KC", "OBE", "MBE", "CBE", "Jr", "Jr.", "Sr",
    "Sr.", "PhD",
];

/// Month words that are also given names.
const MONTH_NAMES: &[&str] = &["Jan", "April", "May", "June", "July", "August"];

/// Hyphenated attributes that open an institution's name without being part of it.
const HYPHEN_ATTRIBUTES: &[&str] = &[
    "-based",
    "-headquartered",
    "-owned",
    "-backed",
    "-led",
    "-listed",
    "-run",
    "-funded",
];

/// Institution words that make a name an institution whatever the tagger says
/// ("Lumora Labs" is not a person).
pub(super) const STRONG_ORG_HEADS: &[&str] = &[
    "Biologics",
    "Pharmaceuticals",
    "Airlines",
    "Airways",
    "Motors",
    "Electronics",
    "Industries",
    "Enterprises",
    "Mines",
    "Mining",
    "Steelworks",
    "Analytics",
    "Logistics",
    "Consulting",
    "Ventures",
    "Securities",
    "Bancorp",
    "Plc",
    "University",
    "Ministry",
    "Labs",
    "Laboratories",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "Agency",
    "Institute",
    "Council",
    "Committee",
    "Subcommittee",
    "Commission",
    "Association",
    "Foundation",
    "Organization",
    "Organisation",
    "Department",
    "Bureau",
    "Authority",
    "Company",
    "Holdings",
    "Technologies",
    "Party",
    "Fund",
    "Forum",
];

const CONNECTOR_WORDS: &[&str] = &["of", "and", "for", "the", "on", "&"];

/// Words that, alone, refer to some body generically ("Police blame ...").
const GENERIC_BODIES: &[&str] = &[
    "Police",
    "Government",
    "Military",
    "Opposition",
    "Prosecutors",
    "Authorities",
];

/// Token range covering the byte span.
fn token_range(doc: &Document, span: Span) -> std::ops::Range<usize> {
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let last = doc.tokens.partition_point(|t| t.span.start < span.end);
    first..last.max(first + 1).min(doc.tokens.len())
}

fn span_of(doc: &Document, tokens: &std::ops::Range<usize>) -> Span {
    Span::new(
        doc.tokens[tokens.start].span.start,
        doc.tokens[tokens.end - 1].span.end,
    )
}

pub(super) fn gazetteer_mentions(doc: &Document, gaz: &Gazetteers) -> Vec<Mention> {
    let mut out = Vec::new();
    for m in gaz.find_all(&doc.text) {
        let span = Span::new(m.start, m.end);
        let Some(sentence) = doc.sentence_at(m.start) else {
            continue;
        };
        let kind = match m.entry {
            Entry::Country(_) => MentionKind::Name(EntityType::Country),
            Entry::Demonym(_) => MentionKind::Demonym,
            Entry::Place(_) => MentionKind::Name(EntityType::Place),
            Entry::Body(_) => MentionKind::Name(EntityType::Institution),
            Entry::Sector(_) => MentionKind::Name(EntityType::Sector),
            Entry::Title(i) => MentionKind::Title {
                canonical: gaz.titles[i].canonical.clone(),
            },
        };
        out.push(Mention {
            span,
            tokens: token_range(doc, span),
            sentence,
            kind,
            gazetteer_key: Some(gazetteer_key(gaz, &m.entry)),
            source: "gazetteer",
            confidence: if m.ambiguous { 0.4 } else { 0.9 },
        });
    }
    super::sectors::refine(doc, out)
}

pub(super) fn combine(
    doc: &Document,
    gaz: &Gazetteers,
    gaz_mentions: Vec<Mention>,
    candidates: Vec<NameCandidate>,
) -> Vec<Mention> {
    let mut all = gaz_mentions;
    all.sort_by_key(|m| m.tokens.start);
    // Each candidate only looks at the gazetteer matches around it, so long
    // documents stay linear.
    let from_names: Vec<Mention> = candidates
        .iter()
        .filter_map(|c| {
            let lo = all.partition_point(|m| m.tokens.start + 1 < c.tokens.start);
            let hi = all.partition_point(|m| m.tokens.start <= c.tokens.end + 1);
            classify_candidate(doc, gaz, &all[lo..hi.max(lo)], c)
        })
        .collect();
    all.extend(from_names);
    settle_overlaps(all)
}

/// Types one candidate after cutting off what is not part of the name: a
/// leading title phrase ("ROK President", "former Chinese Foreign Minister"),
/// a possessive owner, a "-based" attribute, a trailing "in <place>".
fn classify_candidate(
    doc: &Document,
    gaz: &Gazetteers,
    gaz_mentions: &[Mention],
    cand: &NameCandidate,
) -> Option<Mention> {
    let mut start = cand.tokens.start;
    let mut end = cand.tokens.end;
    // Sentence-initial function words are capitalised, not names ("Later
    // Castillo left"); month words that are also given names ("Jan
    // Vermeire", "April Ryan") stay when a name follows.
    while start < end
        && (matches!(doc.token_text(start), "The" | "the")
            || (super::names::not_a_name(doc.token_text(start))
                && !(MONTH_NAMES.contains(&doc.token_text(start)) && start + 1 < end)))
    {
        start += 1;
    }
    // "Tamsin Rourke MP": post-nominal letters are not part of the name.
    while end > start + 1 && POST_NOMINALS.contains(&doc.token_text(end - 1)) {
        end -= 1;
    }
    // "ROK's Science and Technology Ministry": the owner is a mention of its
    // own (the gazetteers or another candidate find it); the name starts after.
    // Not in "People's Bank of China", "Lloyd's List" or "Federal Prosecutor's
    // Office", where the owner is no name of its own: it must be a known
    // place or body, or end in an institution word ("Queensland Parliament's").
    if let Some(p) = (start..end)
        .rev()
        .find(|&t| matches!(doc.token_text(t), "'s" | "’s"))
        && p > start
        && (gaz_mentions
            .iter()
            .any(|m| m.tokens.end == p && m.entity_type().is_some())
            || gaz.is_org_head(doc.token_text(p - 1)))
    {
        start = p + 1;
    }
    // "Singapore-based Marina Institute": the place is found by the gazetteers.
    while start < end
        && HYPHEN_ATTRIBUTES
            .iter()
            .any(|s| doc.token_text(start).ends_with(s))
    {
        start += 1;
    }
    // "Ashanti Plains University in Kumasi": the location is not part of the name.
    let located = |t: usize| {
        gaz_mentions.iter().any(|m| {
            m.tokens.start == t + 1
                && matches!(
                    m.kind,
                    MentionKind::Name(EntityType::Place | EntityType::Country)
                )
        })
    };
    if let Some(cut) = (start + 1..end).find(|&t| doc.token_text(t) == "in" && located(t)) {
        end = cut;
    }
    // "Philippine Trade | Secretary Teresa ...": a title that runs past the
    // candidate's end is not part of the name.
    if let Some(t) = gaz_mentions.iter().find(|m| {
        matches!(m.kind, MentionKind::Title { .. })
            && m.tokens.start > start
            && m.tokens.start < end
            && m.tokens.end > end
    }) {
        end = t.tokens.start;
    }
    let mut after_title = false;
    // Walk over a prefix made only of gazetteer titles, countries, demonyms and modifiers.
    let mut k = start;
    let mut title_end = None;
    while k < end {
        if TITLE_MODIFIERS.contains(&doc.token_text(k)) {
            k += 1;
            continue;
        }
        let covering = gaz_mentions
            .iter()
            .find(|m| m.tokens.start == k && m.tokens.end <= end);
        match covering.map(|m| &m.kind) {
            Some(MentionKind::Title { .. }) => {
                k = covering.map(|m| m.tokens.end).unwrap_or(k + 1);
                title_end = Some(k);
            }
            Some(MentionKind::Demonym) | Some(MentionKind::Name(EntityType::Country)) => {
                k = covering.map(|m| m.tokens.end).unwrap_or(k + 1);
            }
            _ => break,
        }
    }
    if k >= end {
        // Nothing but a title phrase or a country: no name to type.
        return None;
    }
    if let Some(t) = title_end
        && t < end
        && !gaz.is_org_head(doc.token_text(end - 1))
    {
        start = t;
        after_title = true;
    }
    if start >= end {
        return None;
    }
    let tokens = start..end;
    let span = span_of(doc, &tokens);
    if is_scare_quoted(doc, &tokens) {
        return None;
    }
    // The gazetteers already cover this exact span.
    if gaz_mentions
        .iter()
        .any(|m| m.span == span && !matches!(m.kind, MentionKind::Title { .. }))
        && cand.label != Some(NameLabel::Per)
    {
        return None;
    }
    let words: Vec<&str> = tokens.clone().map(|i| doc.token_text(i)).collect();
    // "NIS2", "COP30": a lone code with digits names a law, event or product,
    // not a body (known bodies like the G7 come from the gazetteer).
    if words.len() == 1 && words[0].chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let has_org_head = words.iter().any(|w| gaz.is_org_head(w));
    // "the Council", "the Ministry": a generic head word alone is a reference,
    // not a name ("Congress" and "Parliament" are names).
    if words.iter().all(|w| {
        STRONG_ORG_HEADS.contains(w) || GENERIC_BODIES.contains(w) || CONNECTOR_WORDS.contains(w)
    }) {
        return None;
    }
    let strong_head = STRONG_ORG_HEADS.contains(&words[words.len() - 1]);
    // "in Can Tho": a name right after "in" is a place, whatever the tagger thought.
    let possessive_after = end < doc.tokens.len() && matches!(doc.token_text(end), "'s" | "’s");
    let after_in = tokens.start > 0
        && matches!(doc.token_text(tokens.start - 1), "in" | "near")
        && cand.label == Some(NameLabel::Per)
        && !possessive_after;
    let kind = if (after_in && !has_org_head) || names_a_place(doc, gaz_mentions, &tokens, &words) {
        MentionKind::Name(EntityType::Place)
    } else if after_title || looks_like_east_asian_person(doc, gaz, &words, end) {
        MentionKind::Name(EntityType::Person)
    } else if (has_org_head && cand.label != Some(NameLabel::Per)) || strong_head {
        MentionKind::Name(EntityType::Institution)
    } else {
        match cand.label {
            Some(NameLabel::Per) => MentionKind::Name(EntityType::Person),
            Some(NameLabel::Org) => MentionKind::Name(EntityType::Institution),
            // "Visayas Microdevices": a known place plus words that make no
            // place name is an organisation named after the place.
            Some(NameLabel::Loc) if extends_a_place(gaz, gaz_mentions, &tokens, &words) => {
                MentionKind::Name(EntityType::Institution)
            }
            Some(NameLabel::Loc) => MentionKind::Name(EntityType::Place),
            Some(NameLabel::Misc) => return None,
            None => heuristic_kind(gaz, &words)?,
        }
    };
    Some(Mention {
        span,
        tokens: tokens.clone(),
        sentence: doc.sentence_at(span.start).unwrap_or(0),
        kind,
        gazetteer_key: None,
        source: if cand.label.is_some() {
            "tagger"
        } else {
            "capitalisation"
        },
        confidence: cand.confidence,
    })
}

/// Typing without a model: acronyms are institutions, runs ending in a
/// place word are places, other runs of two or more name-like words people.
fn heuristic_kind(gaz: &Gazetteers, words: &[&str]) -> Option<MentionKind> {
    if words.len() == 1 {
        let w = words[0];
        let acronym = (2..=6).contains(&w.len())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
        return Some(if acronym {
            MentionKind::Name(EntityType::Institution)
        } else {
            MentionKind::Partial
        });
    }
    if gaz.is_place_head(words[words.len() - 1]) {
        return Some(MentionKind::Name(EntityType::Place));
    }
    let name_like = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
    });
    name_like.then_some(MentionKind::Name(EntityType::Person))
}

/// Keeps a non-overlapping set: a partial word loses to anything, otherwise the
/// longer span wins and, at equal length, the gazetteer.
fn settle_overlaps(mut all: Vec<Mention>) -> Vec<Mention> {
    let rank = |m: &Mention| -> (u8, usize, u8) {
        let solid = !matches!(m.kind, MentionKind::Partial);
        (
            solid as u8,
            m.span.len(),
            (m.source == "gazetteer" && !super::sectors::is_ambiguous(m)) as u8,
        )
    };
    all.sort_by(|a, b| rank(b).cmp(&rank(a)).then(a.span.start.cmp(&b.span.start)));
    // Kept spans by start; kept spans never overlap, so only the neighbours
    // on either side of a new span can.
    let mut kept: std::collections::BTreeMap<usize, Mention> = std::collections::BTreeMap::new();
    for m in all {
        let before = kept
            .range(..=m.span.start)
            .next_back()
            .is_some_and(|(_, k)| k.span.overlaps(m.span));
        let after = kept
            .range(m.span.start..)
            .next()
            .is_some_and(|(_, k)| k.span.overlaps(m.span));
        if !before && !after && !m.span.is_empty() {
            kept.insert(m.span.start, m);
        }
    }
    kept.into_values().collect()
}
