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
    let (Some((ha, ba)), Some((hb, bb))) = (head_and_content(gaz, a), head_and_content(gaz, b))
    else {
        return false;
    };
    let (small, large) = if ba.len() <= bb.len() {
        (&ba, &bb)
    } else {
        (&bb, &ba)
    };
    ha == hb
        && !small.is_empty()
        && (small == large || (small.len() >= 2 && small.iter().all(|w| large.contains(w))))
}

pub(super) fn link_variants(
    doc: &Document,
    gaz: &Gazetteers,
    mentions: &[Mention],
    groups: &mut Groups,
) {
    let insts: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            mentions[i].entity_type() == Some(EntityType::Institution)
                && mentions[i].gazetteer_key.is_none()
        })
        .collect();
    for (a, &i) in insts.iter().enumerate() {
        for &j in &insts[a + 1..] {
            let (ti, tj) = (doc.slice(mentions[i].span), doc.slice(mentions[j].span));
            if groups.find(i) != groups.find(j) && same_institution(gaz, ti, tj) {
                let rule = format!("'{tj}' ~ '{ti}' (same head word and content words)");
                // The longer name stays the group's representative.
                let (keep, other) = if ti.len() >= tj.len() { (i, j) } else { (j, i) };
                groups.union(keep, other, rule);
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
    for (i, m) in mentions.iter().enumerate() {
        // Alone, or grouped only with the same words ("Hanseatic ... Hanseatic's").
        let text = doc.slice(m.span);
        let same_words = (0..mentions.len())
            .filter(|&k| groups.find(k) == groups.find(i))
            .all(|k| doc.slice(mentions[k].span) == text);
        if m.gazetteer_key.is_some() || !same_words || gaz.is_org_head(text) || is_acronym(text) {
            continue;
        }
        let mine = words(i);
        // Names that open with this mention's words and go on ("Hsin Lung" → "Hsin Lung Precision").
        let opens: Vec<usize> = long
            .iter()
            .copied()
            .filter(|&j| mentions[j].tokens.len() > mine.len() && words(j).starts_with(&mine))
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
