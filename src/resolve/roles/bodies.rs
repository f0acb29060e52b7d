//! Finding the body a role is held in, from the words after "of", "at",
//! "for": a named institution or country, possibly behind "the", a
//! "Rotterdam-based" attribute and a few describing words ("Leuven-based
//! consultancy Portlogic"); or a definite reference ("the institute's
//! board") to the latest institution with that head word.

use crate::document::Document;
use crate::gazetteer::Gazetteers;
use crate::gazetteer::forms::capitalise_first;
use crate::mentions::{EntityType, Mention};
use crate::resolve::Resolution;

/// Entity and end token of the body named from token `t` on.
pub(super) fn body_at(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    mut t: usize,
) -> Option<(usize, usize)> {
    let n = doc.tokens.len();
    let word = |t: usize| if t < n { doc.token_text(t) } else { "" };
    if word(t) == "the" {
        t += 1;
        if let Some(e) = definite_reference(mentions, res, word(t), t) {
            return Some((e, t + 1));
        }
    }
    // "Cape Town-based", "Ghent-based security firm": skip to the name.
    if let Some(based) = (t..(t + 3).min(n)).find(|&k| is_attribute(word(k))) {
        t = based + 1;
        while t < n && t < based + 4 && word(t).chars().all(|c| c.is_lowercase() || c == '-') {
            t += 1;
        }
    } else if word(t).chars().all(char::is_lowercase) {
        // "the governing National Action Front"
        let named = (t..(t + 3).min(n)).find(|&k| word(k).starts_with(char::is_uppercase))?;
        if (t..named).any(|k| !word(k).chars().all(char::is_lowercase)) {
            return None;
        }
        t = named;
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

fn is_attribute(word: &str) -> bool {
    word.ends_with("-based") || word.ends_with("-headquartered") || word.ends_with("-listed")
}

/// "the institute" whose head word is at token `t`: the latest institution
/// before it whose name has that head word; for "the company", "the firm",
/// the latest institution of any name. Shared with the speaker sieves.
pub(crate) fn definite_reference(
    mentions: &[Mention],
    res: &Resolution,
    head: &str,
    t: usize,
) -> Option<usize> {
    let gaz = Gazetteers::get();
    // "the company", "the firm": the latest institution of any name.
    let any_name = matches!(
        head,
        "company" | "firm" | "group" | "operator" | "carrier" | "club" | "start-up" | "startup"
    );
    if head.is_empty()
        || !head.chars().all(|c| c.is_lowercase() || c == '-')
        || !(any_name || gaz.is_org_head(&capitalise_first(head)))
    {
        return None;
    }
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.end <= t)
        .rev()
        .filter_map(|(i, _)| res.mention_entity[i])
        .find(|&e| {
            res.entities[e].kind == EntityType::Institution
                && (any_name
                    || res.entities[e]
                        .name
                        .split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(head)))
        })
}

/// The latest institution named before token `t`, for "Its director, X".
pub(super) fn last_institution_before(
    mentions: &[Mention],
    res: &Resolution,
    t: usize,
) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.end <= t)
        .rev()
        .filter_map(|(i, _)| res.mention_entity[i])
        .find(|&e| res.entities[e].kind == EntityType::Institution)
}
