//! Short references to people: a surname ("Moon") or a given name alone
//! linked to the full name written elsewhere in the document.
//!
//! Which word is the family name depends on the culture of the name: Chinese,
//! Korean and Vietnamese names put it first ("Moon Chung In" → Moon), others
//! last ("Maria Santos" → Santos). When two people share the word, the one
//! mentioned most recently before the reference wins; a full name is never
//! merged with a different full name.

use super::Groups;
use crate::document::Document;
use crate::gazetteer::Gazetteers;
use crate::mentions::{EntityType, Mention, MentionKind};
use crate::names::normalize;

/// The family and given names of a full name, in normalised form.
pub fn split_name(gaz: &Gazetteers, full: &str) -> (String, String) {
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < 2 {
        return (normalize(full), String::new());
    }
    let family_first = gaz.family_name_first(words[0])
        && (words.len() == 3
            || words[1..].iter().any(|w| w.contains('-'))
            || !gaz.is_given_name(words[0]));
    if family_first {
        (normalize(words[0]), normalize(&words[1..].join(" ")))
    } else {
        (normalize(words[words.len() - 1]), normalize(words[0]))
    }
}

pub(super) fn link_partial_names(
    doc: &Document,
    gaz: &Gazetteers,
    mentions: &[Mention],
    groups: &mut Groups,
) {
    let full: Vec<(usize, String, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == MentionKind::Name(EntityType::Person) && m.tokens.len() >= 2)
        .map(|(i, m)| {
            let (family, given) = split_name(gaz, doc.slice(m.span));
            (i, family, given)
        })
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        let person_like =
            m.kind == MentionKind::Partial || m.kind == MentionKind::Name(EntityType::Person);
        // A city word that is also the surname of someone introduced earlier
        // ("Ana Lima ... Lima said") is that person: news refers to people by surname.
        let place_surname = m.kind == MentionKind::Name(EntityType::Place) && m.tokens.len() == 1;
        if m.tokens.len() > 1 && m.kind == MentionKind::Name(EntityType::Person) {
            link_trailing_words(doc, mentions, &full, i, groups);
            continue;
        }
        let eligible = place_surname || (person_like && m.gazetteer_key.is_none());
        if !eligible {
            continue;
        }
        let word = normalize(doc.slice(m.span));
        // Prefer the most recent full name before the reference, then the first after.
        let pick = |matches: Vec<&(usize, String, String)>| -> Option<usize> {
            let before = matches
                .iter()
                .filter(|(j, ..)| *j < i)
                .max_by_key(|(j, ..)| *j)
                .map(|(j, ..)| *j);
            before.or_else(|| matches.iter().map(|(j, ..)| *j).min())
        };
        let named_otherwise = place_surname || m.kind == MentionKind::Name(EntityType::Institution);
        let by_family: Vec<&(usize, String, String)> = full
            .iter()
            .filter(|(j, f, _)| *f == word && (!named_otherwise || *j < i))
            .collect();
        if named_otherwise && by_family.is_empty() {
            continue;
        }
        // Vietnamese second references use the last given name ("Bao" for Tran Quoc Bao).
        let by_last_given: Vec<&(usize, String, String)> = full
            .iter()
            .filter(|(j, f, g)| {
                g.rsplit(' ').next() == Some(word.as_str())
                    && g.contains(' ')
                    && gaz.referred_by_last_given_name(f)
                    && (!named_otherwise || *j < i)
            })
            .collect();
        let by_given: Vec<&(usize, String, String)> =
            full.iter().filter(|(_, _, g)| *g == word).collect();
        let (target, how) = if !by_family.is_empty() {
            (pick(by_family), "family name")
        } else if !by_last_given.is_empty() {
            (pick(by_last_given), "last given name")
        } else if !by_given.is_empty() {
            (pick(by_given), "given name")
        } else {
            (None, "")
        };
        if let Some(t) = target {
            let rule = format!(
                "'{}' = {} of '{}'",
                doc.slice(m.span),
                how,
                doc.slice(mentions[t].span)
            );
            groups.union(t, i, rule);
        }
    }
}

/// "Torres Vidal" after "Ana Torres Vidal": a shorter name that is the end of
/// a longer one (double surnames, names with particles).
fn link_trailing_words(
    doc: &Document,
    mentions: &[Mention],
    full: &[(usize, String, String)],
    i: usize,
    groups: &mut Groups,
) {
    let short = normalize(doc.slice(mentions[i].span));
    let n = short.split(' ').count();
    let longer: Vec<usize> = full
        .iter()
        .filter(|(j, ..)| {
            let long = normalize(doc.slice(mentions[*j].span));
            long.split(' ').count() > n && long.ends_with(&format!(" {short}"))
        })
        .map(|(j, ..)| *j)
        .collect();
    let mut roots: Vec<usize> = longer.iter().map(|&j| groups.find(j)).collect();
    roots.dedup();
    if roots.len() == 1 {
        let rule = format!(
            "'{}' = last words of '{}'",
            doc.slice(mentions[i].span),
            doc.slice(mentions[longer[0]].span)
        );
        groups.union(longer[0], i, rule);
    }
}
