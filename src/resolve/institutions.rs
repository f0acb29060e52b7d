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

/// "Lumora" after "Lumora Labs", "Chisomo" after "Chisomo Copper Mines Plc":
/// a lone capitalised word that opens exactly one institution's name of
/// several words (not a head word like "Bank") is that institution.
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
    for (i, m) in mentions.iter().enumerate() {
        // Alone, or grouped only with the same word ("Hanseatic ... Hanseatic's").
        let word_group = (0..mentions.len())
            .filter(|&k| groups.find(k) == groups.find(i))
            .all(|k| doc.slice(mentions[k].span) == doc.slice(m.span));
        let lone = m.tokens.len() == 1 && m.gazetteer_key.is_none() && word_group;
        let word = doc.slice(m.span);
        if !lone || gaz.is_org_head(word) || is_acronym(word) {
            continue;
        }
        let opens: Vec<usize> = long
            .iter()
            .copied()
            .filter(|&j| doc.token_text(mentions[j].tokens.start) == word)
            .collect();
        let mut roots: Vec<usize> = opens.iter().map(|&j| groups.find(j)).collect();
        roots.sort_unstable();
        roots.dedup();
        if roots.len() == 1 {
            let rule = format!(
                "'{word}' = short name of '{}'",
                doc.slice(mentions[opens[0]].span)
            );
            groups.union(opens[0], i, rule);
        }
    }
}
