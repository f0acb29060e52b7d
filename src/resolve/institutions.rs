//! One institution written two ways: "Science and Technology Ministry" and
//! "Ministry of Science and ICT", "Commerce Department" and "Department of
//! Commerce". Both have the same head word; their content words (acronyms
//! expanded through the sector gazetteer) are the same, or those of the
//! shorter name, at least two, are all in the longer one. Used within a
//! document and when merging nodes across documents.

use super::{Groups, is_acronym};
use crate::document::Document;
use crate::gazetteer::Gazetteers;
use crate::mentions::{EntityType, Mention};

/// The head word and content words of an institution name, or None when
/// the name has no head word in head position.
fn head_and_content(gaz: &Gazetteers, name: &str) -> Option<(String, Vec<String>)> {
    let words: Vec<&str> = name.split_whitespace().collect();
    // The head is the last word ("Science and Technology Ministry") or the
    // first before "of" ("Ministry of Science and ICT").
    let head = if words.len() > 2 && words[1] == "of" && gaz.is_org_head(words[0]) {
        words[0]
    } else {
        words.last().copied().filter(|w| gaz.is_org_head(w))?
    }
    .to_lowercase();
    let mut bag = Vec::new();
    for w in &words {
        let lw = w.to_lowercase();
        if lw == head || matches!(lw.as_str(), "of" | "and" | "the" | "for" | "&") {
            continue;
        }
        match gaz.sector(w).filter(|_| is_acronym(w)) {
            Some(s) => bag.extend(
                s.name
                    .split_whitespace()
                    .filter(|x| *x != "and")
                    .map(str::to_lowercase),
            ),
            None => bag.push(lw),
        }
    }
    bag.sort();
    bag.dedup();
    Some((head, bag))
}

/// Whether two institution names denote one institution by the rule above.
pub fn same_institution(gaz: &Gazetteers, a: &str, b: &str) -> bool {
    match (head_and_content(gaz, a), head_and_content(gaz, b)) {
        (Some((ha, ba)), Some((hb, bb))) => ha == hb && same_content(&ba, &bb),
        _ => false,
    }
}

/// The same content words, or those of the shorter name (two or more) all in the longer.
fn same_content(ba: &[String], bb: &[String]) -> bool {
    let (small, large) = if ba.len() <= bb.len() {
        (ba, bb)
    } else {
        (bb, ba)
    };
    !small.is_empty()
        && (small == large || (small.len() >= 2 && small.iter().all(|w| large.contains(w))))
}

pub(super) fn link_variants(
    doc: &Document,
    gaz: &Gazetteers,
    mentions: &[Mention],
    groups: &mut Groups,
) {
    // Content words once per mention, bucketed by head word: only names with
    // the same head are compared.
    let mut by_head: std::collections::BTreeMap<String, Vec<(usize, Vec<String>)>> =
        std::collections::BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.entity_type() == Some(EntityType::Institution)
            && m.gazetteer_key.is_none()
            && let Some((head, bag)) = head_and_content(gaz, doc.slice(m.span))
        {
            by_head.entry(head).or_default().push((i, bag));
        }
    }
    for names in by_head.values() {
        for (a, (i, bi)) in names.iter().enumerate() {
            for (j, bj) in &names[a + 1..] {
                if groups.find(*i) != groups.find(*j) && same_content(bi, bj) {
                    let (ti, tj) = (doc.slice(mentions[*i].span), doc.slice(mentions[*j].span));
                    let rule = format!("'{tj}' ~ '{ti}' (same head word and content words)");
                    // The longer name stays the group's representative.
                    let (keep, other) = if ti.len() >= tj.len() {
                        (*i, *j)
                    } else {
                        (*j, *i)
                    };
                    groups.union(keep, other, rule);
                }
            }
        }
    }
}

/// "Lumora" after "Lumora Labs", "Hsin Lung" after "Hsin Lung Precision":
/// words that open exactly one longer institution name (and are not a head
/// word like "Bank" or an acronym) are that institution.
pub(super) fn link_short_names(
    doc: &Document,
    gaz: &Gazetteers,
    mentions: &[Mention],
    groups: &mut Groups,
) {
    let long: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            mentions[i].entity_type() == Some(EntityType::Institution)
                && mentions[i].tokens.len() >= 2
                && mentions[i].gazetteer_key.is_none()
        })
        .collect();
    let words = |i: usize| {
        mentions[i]
            .tokens
            .clone()
            .map(|t| doc.token_text(t))
            .collect::<Vec<_>>()
    };
    // Long names by their first word, with their words, built once.
    let mut by_first: std::collections::HashMap<&str, Vec<(usize, Vec<&str>)>> =
        std::collections::HashMap::new();
    for &j in &long {
        let w = words(j);
        by_first.entry(w[0]).or_default().push((j, w));
    }
    // Groups made of one spelling only ("Hanseatic ... Hanseatic's"), by root.
    let mut spelling: std::collections::HashMap<usize, Option<&str>> =
        std::collections::HashMap::new();
    for (k, m) in mentions.iter().enumerate() {
        let text = doc.slice(m.span);
        let slot = spelling.entry(groups.find(k)).or_insert(Some(text));
        if *slot != Some(text) {
            *slot = None;
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        let text = doc.slice(m.span);
        let one_spelling = spelling.get(&groups.find(i)).copied().flatten() == Some(text);
        if m.gazetteer_key.is_some() || !one_spelling || gaz.is_org_head(text) || is_acronym(text) {
            continue;
        }
        let mine = words(i);
        // Names that open with this mention's words and go on ("Hsin Lung" → "Hsin Lung Precision").
        let candidates = by_first.get(mine[0]).map_or(&[][..], Vec::as_slice);
        let opens: Vec<usize> = candidates
            .iter()
            .filter(|(_, w)| w.len() > mine.len() && w.starts_with(&mine))
            .map(|(j, _)| *j)
            .collect();
        let mut roots: Vec<usize> = opens.iter().map(|&j| groups.find(j)).collect();
        roots.sort_unstable();
        roots.dedup();
        if roots.len() == 1 {
            let rule = format!(
                "'{text}' = short name of '{}'",
                doc.slice(mentions[opens[0]].span)
            );
            groups.union(opens[0], i, rule);
        }
    }
}
