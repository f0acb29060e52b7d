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
        if m.tokens.len() > 1 && m.kind == MentionKind::Name(EntityType::Person) {
            link_trailing_words(doc, mentions, &full, i, groups);
            continue;
        }
        if m.tokens.len() != 1 {
            continue;
        }
        // A lone word the tagger called a city or an organisation may be the
        // surname of someone introduced earlier ("Ana Lima ... Lima said"):
        // news refers to people by surname.
        let named_otherwise = matches!(
            m.kind,
            MentionKind::Name(EntityType::Place | EntityType::Institution)
        );
        let person_like = matches!(
            m.kind,
            MentionKind::Partial | MentionKind::Name(EntityType::Person)
        ) && m.gazetteer_key.is_none();
        if !(person_like || named_otherwise) {
            continue;
        }
        let word = normalize(doc.slice(m.span));
        let my_title = title_near(doc, mentions, i);
        // A reference with a title ("Trade Secretary Villanueva") is not a
        // person known by another title ("Ramon Villanueva, chief executive").
        let compatible = |j: usize| match (&my_title, title_near(doc, mentions, j)) {
            (Some(a), Some(b)) => a == &b,
            _ => true,
        };
        let eligible = |j: usize| (!named_otherwise || j < i) && compatible(j);
        let by_family: Vec<usize> = full
            .iter()
            .filter(|(j, f, _)| *f == word && eligible(*j))
            .map(|(j, ..)| *j)
            .collect();
        // Vietnamese second references use the last given name ("Bao" for Tran Quoc Bao).
        let by_last_given: Vec<usize> = full
            .iter()
            .filter(|(j, f, g)| {
                g.contains(' ')
                    && g.rsplit(' ').next() == Some(word.as_str())
                    && gaz.referred_by_last_given_name(f)
                    && eligible(*j)
            })
            .map(|(j, ..)| *j)
            .collect();
        let by_given: Vec<usize> = full
            .iter()
            .filter(|(j, _, g)| *g == word && eligible(*j) && !named_otherwise)
            .map(|(j, ..)| *j)
            .collect();
        let (target, how) = if !by_family.is_empty() {
            (
                pick(doc, mentions, &by_family, i, my_title.is_some()),
                "family name",
            )
        } else if !by_last_given.is_empty() {
            (
                pick(doc, mentions, &by_last_given, i, my_title.is_some()),
                "last given name",
            )
        } else if !by_given.is_empty() {
            (
                pick(doc, mentions, &by_given, i, my_title.is_some()),
                "given name",
            )
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

/// Which full name a short reference at `i` means: the latest one before it
/// that stands as a subject (not after "to", "with", "by": "not related to
/// Trade Secretary Teresa Villanueva" does not make her the topic), else the
/// latest before, else the first after. A reference with a title ("Trade
/// Secretary Villanueva") names someone already introduced, so it never
/// looks ahead: that person may be known from another article.
fn pick(
    doc: &Document,
    mentions: &[Mention],
    candidates: &[usize],
    i: usize,
    titled: bool,
) -> Option<usize> {
    let before: Vec<usize> = candidates.iter().copied().filter(|&j| j < i).collect();
    let subject_like =
        |j: usize| {
            let mut t = mentions[j].tokens.start;
            // Step back over a title phrase ("Trade Secretary", "Chinese President").
            while let Some(p) = mentions[..j].iter().rev().find(|p| {
                p.tokens.end == t && p.entity_type().is_none_or(|k| k == EntityType::Country)
            }) {
                t = p.tokens.start;
            }
            t == 0
                || !matches!(
                    doc.token_text(t - 1),
                    "to" | "with" | "by" | "of" | "from" | "for" | "about" | "against" | "than"
                )
        };
    let ahead = if titled {
        None
    } else {
        candidates.iter().min()
    };
    before
        .iter()
        .rev()
        .find(|&&j| subject_like(j))
        .or(before.last())
        .or(ahead)
        .copied()
}

/// The job title written right before mention `i` ("Trade Secretary X") or
/// in an appositive right after it ("X, chief executive of ...").
fn title_near(doc: &Document, mentions: &[Mention], i: usize) -> Option<String> {
    let m = &mentions[i];
    let title = |n: &Mention| match &n.kind {
        MentionKind::Title { canonical } => Some(canonical.clone()),
        _ => None,
    };
    if let Some(p) = i.checked_sub(1)
        && mentions[p].tokens.end == m.tokens.start
        && let Some(t) = title(&mentions[p])
    {
        return Some(t);
    }
    // An appositive: "X, chief executive of ..." (not "X told reporters").
    let comma = m.tokens.end < doc.tokens.len() && doc.token_text(m.tokens.end) == ",";
    mentions
        .get(i + 1)
        .filter(|n| comma && n.tokens.start > m.tokens.end && n.tokens.start <= m.tokens.end + 3)
        .and_then(title)
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
