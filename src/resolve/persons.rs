//! Short references to people: a surname ("Moon") or a given name alone
//! linked to the full name written elsewhere in the document.
//!
//! Which word is the family name depends on the culture of the name: Chinese,
//! Korean and Vietnamese names put it first ("Moon Hae Rin" → Moon), others
//! last ("Maria Santos" → Santos). When two people share the word, the one
//! mentioned most recently before the reference wins; a full name is never
//! merged with a different full name.

use std::collections::HashMap;

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

/// The full names of a document, indexed by the words a shorter reference
/// may use: family name, given name, last given name (Vietnamese), and the
/// trailing words of the name ("Torres Vidal").
#[derive(Default)]
struct NameTable {
    by_family: HashMap<String, Vec<usize>>,
    by_given: HashMap<String, Vec<usize>>,
    by_last_given: HashMap<String, Vec<usize>>,
    by_trailing_words: HashMap<String, Vec<usize>>,
}

impl NameTable {
    fn new(doc: &Document, gaz: &Gazetteers, mentions: &[Mention]) -> NameTable {
        let mut t = NameTable::default();
        for (i, m) in mentions.iter().enumerate() {
            if m.kind != MentionKind::Name(EntityType::Person) || m.tokens.len() < 2 {
                continue;
            }
            let text = doc.slice(m.span);
            let (family, given) = split_name(gaz, text);
            if given.contains(' ')
                && gaz.referred_by_last_given_name(&family)
                && let Some(last) = given.rsplit(' ').next()
            {
                t.by_last_given.entry(last.to_string()).or_default().push(i);
            }
            t.by_family.entry(family).or_default().push(i);
            t.by_given.entry(given).or_default().push(i);
            let words: Vec<String> = normalize(text).split(' ').map(str::to_string).collect();
            for k in 1..words.len() {
                t.by_trailing_words
                    .entry(words[k..].join(" "))
                    .or_default()
                    .push(i);
            }
        }
        t
    }

    fn get<'t>(map: &'t HashMap<String, Vec<usize>>, key: &str) -> &'t [usize] {
        map.get(key).map_or(&[], Vec::as_slice)
    }
}

pub(super) fn link_partial_names(
    doc: &Document,
    gaz: &Gazetteers,
    mentions: &[Mention],
    groups: &mut Groups,
) {
    let table = NameTable::new(doc, gaz, mentions);
    for (i, m) in mentions.iter().enumerate() {
        if m.tokens.len() > 1 && m.kind == MentionKind::Name(EntityType::Person) {
            link_trailing_words(doc, mentions, &table, i, groups);
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
        let eligible = |js: &[usize], allow_otherwise: bool| -> Vec<usize> {
            js.iter()
                .copied()
                .filter(|&j| (!named_otherwise || (allow_otherwise && j < i)) && compatible(j))
                .collect()
        };
        let by_family = eligible(NameTable::get(&table.by_family, &word), true);
        // Vietnamese second references use the last given name ("Bao" for Tran Quoc Bao).
        let by_last_given = eligible(NameTable::get(&table.by_last_given, &word), true);
        let by_given = eligible(NameTable::get(&table.by_given, &word), false);
        let titled = my_title.is_some();
        let (target, how) = if !by_family.is_empty() {
            (pick(doc, mentions, &by_family, i, titled), "family name")
        } else if !by_last_given.is_empty() {
            (
                pick(doc, mentions, &by_last_given, i, titled),
                "last given name",
            )
        } else if !by_given.is_empty() {
            (pick(doc, mentions, &by_given, i, titled), "given name")
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
    let subject_like = |j: usize| {
        let mut t = mentions[j].tokens.start;
        // Step back over a title phrase ("Trade Secretary", "Chinese
        // President"): the mentions right before, in text order.
        let mut k = j;
        while k > 0
            && mentions[k - 1].tokens.end == t
            && mentions[k - 1]
                .entity_type()
                .is_none_or(|c| c == EntityType::Country)
        {
            k -= 1;
            t = mentions[k].tokens.start;
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
    table: &NameTable,
    i: usize,
    groups: &mut Groups,
) {
    let short = normalize(doc.slice(mentions[i].span));
    let longer = NameTable::get(&table.by_trailing_words, &short);
    let mut roots: Vec<usize> = longer.iter().map(|&j| groups.find(j)).collect();
    roots.sort_unstable();
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
