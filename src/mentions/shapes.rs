//! The shapes of names that settle their type when the tagger hesitates:
//! East Asian personal names ("Moon Hae Rin"), single words in scare quotes,
//! and place names built from an opening word ("Lake Kariba") or compass
//! words around a known place ("Far North Queensland").

use super::classify::STRONG_ORG_HEADS;
use super::{EntityType, Mention, MentionKind};
use crate::document::Document;
use crate::gazetteer::Gazetteers;

/// "Moon Hae Rin": a family-first surname followed by one or two short
/// capitalised syllables, no institution word, and (when the text says more)
/// an appositive or speech verb after it. Taggers trained on 1990s Reuters
/// often call such names organisations.
pub(super) fn looks_like_east_asian_person(
    doc: &Document,
    gaz: &Gazetteers,
    words: &[&str],
    end: usize,
) -> bool {
    if !(2..=3).contains(&words.len())
        || !gaz.family_name_first(words[0])
        || words.iter().any(|w| gaz.is_org_head(w))
    {
        return false;
    }
    let syllables = words[1..].iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.split('-')
                .all(|p| p.len() <= 7 && p.chars().all(char::is_alphabetic))
    });
    let next = if end < doc.tokens.len() {
        doc.token_text(end)
    } else {
        ""
    };
    syllables && !matches!(next, "Group" | "Corp" | "Inc")
}

/// A single word between single quotation marks ("the whole 'zero-sum'
/// view") is a term being mentioned, not a name.
pub(super) fn is_scare_quoted(doc: &Document, tokens: &std::ops::Range<usize>) -> bool {
    use crate::document::TokenKind;
    tokens.len() == 1
        && tokens.start > 0
        && tokens.end < doc.tokens.len()
        && matches!(doc.tokens[tokens.start - 1].kind, TokenKind::SingleQuote(_))
        && matches!(doc.tokens[tokens.end].kind, TokenKind::SingleQuote(_))
}

pub(super) fn extends_a_place(
    gaz: &Gazetteers,
    gaz_mentions: &[Mention],
    tokens: &std::ops::Range<usize>,
    words: &[&str],
) -> bool {
    let inner = gaz_mentions.iter().find(|m| {
        matches!(
            m.kind,
            MentionKind::Name(EntityType::Place | EntityType::Country)
        ) && tokens.start <= m.tokens.start
            && m.tokens.end <= tokens.end
            && m.tokens.len() < tokens.len()
    });
    inner.is_some()
        && !words.iter().any(|w| gaz.is_place_head(w))
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Words that open a place name ("Lake Kariba", "Mount Elgon", "Port
/// Douglas"), unless "of" follows ("Port of Antwerp-Bruges" is an institution).
const PLACE_PREFIXES: &[&str] = &[
    "Lake", "Mount", "Mt", "Mt.", "Port", "Cape", "Fort", "Gulf", "Isle", "Lac", "Rio",
];

/// Compass words that extend a known place into a region ("Far North Queensland").
const DIRECTIONS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Far", "Upper", "Lower", "Greater", "Inner", "Outer",
];

pub(super) fn names_a_place(
    doc: &Document,
    gaz_mentions: &[Mention],
    tokens: &std::ops::Range<usize>,
    words: &[&str],
) -> bool {
    if words.len() >= 2
        && PLACE_PREFIXES.contains(&words[0])
        && words[1] != "of"
        && !words.iter().any(|w| STRONG_ORG_HEADS.contains(w))
    {
        return true;
    }
    // Directions, then a known place, and nothing else.
    let place_at = gaz_mentions.iter().find(|m| {
        m.kind == MentionKind::Name(EntityType::Place)
            && m.tokens.end == tokens.end
            && m.tokens.start > tokens.start
    });
    place_at.is_some_and(|p| {
        (tokens.start..p.tokens.start).all(|t| DIRECTIONS.contains(&doc.token_text(t)))
    })
}
