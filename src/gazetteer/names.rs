//! Personal-name and head-word knowledge: given names across cultures,
//! East Asian (and Hungarian) surnames with their naming order, and the head
//! words that turn a capitalised sequence into an institution or a place.
//! The name finder uses these to split "Xi Jinping" (family first) from
//! "Shinzo Abe" (given first in English news) and to spot "… University".

use std::collections::{HashMap, HashSet};

use super::forms::{capitalise_first, fold_key};
use super::load::{LoadError, list, rows};

#[derive(Debug, Default)]
pub(crate) struct Names {
    /// Folded given names.
    pub given: HashSet<String>,
    /// Folded surname → whether its culture writes the family name first.
    pub surnames: HashMap<String, bool>,
    /// Folded surnames of cultures whose people are referred to by their
    /// last given name on second reference (Vietnamese: "Nguyen Van An" → "An").
    pub last_given_reference: HashSet<String>,
    /// Institution head words, as written and ALL CAPS.
    pub org_heads: HashSet<String>,
    /// Place head words, as written and ALL CAPS.
    pub place_heads: HashSet<String>,
    /// Lowercase modifiers that stay with a title.
    pub title_modifiers: HashSet<String>,
    /// Display forms, for the token-class table.
    pub given_display: Vec<String>,
    pub surname_display: Vec<(String, bool)>,
}

impl Names {
    pub fn parse(given: &str, surnames: &str, heads: &str) -> Result<Names, LoadError> {
        let mut n = Names::default();
        let mut amb = HashSet::new();
        for r in rows("given_names.tsv", given, 2)? {
            for name in list(r.cols[1], &mut amb) {
                n.given.insert(fold_key(&name));
                n.given_display.push(name);
            }
        }
        for r in rows("surnames.tsv", surnames, 3)? {
            let first = match r.cols[1] {
                "family-first" => true,
                "given-first" => false,
                o => return Err(r.err(format!("unknown name order {o}"))),
            };
            let last_given = r.cols[0] == "vietnamese";
            for name in list(r.cols[2], &mut amb) {
                if last_given {
                    n.last_given_reference.insert(fold_key(&name));
                }
                // A surname shared by a family-first culture (Chinese "Lin")
                // and a given-first one keeps family-first: it is the reading
                // that changes how the name must be split.
                let slot = n.surnames.entry(fold_key(&name)).or_insert(first);
                *slot |= first;
                n.surname_display.push((name, first));
            }
        }
        for r in rows("heads.tsv", heads, 2)? {
            let words = list(r.cols[1], &mut amb);
            match r.cols[0] {
                "org" => n.org_heads.extend(words.iter().flat_map(|w| cased(w))),
                "place" => n.place_heads.extend(words.iter().flat_map(|w| cased(w))),
                "title_modifier" => n
                    .title_modifiers
                    .extend(words.iter().map(|w| w.to_lowercase())),
                k => return Err(r.err(format!("unknown head kind {k}"))),
            }
        }
        Ok(n)
    }
}

/// A head word as written, capitalised and in ALL CAPS (headlines).
pub(crate) fn cased(w: &str) -> [String; 3] {
    [w.to_string(), capitalise_first(w), w.to_uppercase()]
}
