//! Per-token feature bits for the tagger. Every word of every gazetteer entry
//! is precomputed into one table keyed by the token exactly as it appears
//! (as written, Capitalised, ALL CAPS), so a lookup is one hash probe on the
//! tagger's hot path. Function words ("of", "the") get no bits: they would
//! say nothing.

use std::collections::HashMap;

use super::Gazetteers;
use super::forms::{ascii_fold, capitalise_first};
use super::names::cased;

/// A word of a country's name or alias ("Korea", "Republic", "U.S.").
pub const CLASS_COUNTRY_WORD: u32 = 1 << 0;
/// A single-word demonym or national adjective ("Chinese", "Filipinos").
pub const CLASS_DEMONYM: u32 = 1 << 1;
/// A word of a place name ("Taipei", "Kong").
pub const CLASS_PLACE_WORD: u32 = 1 << 2;
/// A head word that makes a capitalised sequence an institution ("University").
pub const CLASS_ORG_HEAD: u32 = 1 << 3;
/// A word of a job title ("President", "minister").
pub const CLASS_TITLE_WORD: u32 = 1 << 4;
/// A known given name ("Maria", "Mohammed").
pub const CLASS_GIVEN_NAME: u32 = 1 << 5;
/// An East Asian surname whose culture writes the family name first ("Kim", "Xi").
pub const CLASS_FAMILY_FIRST_SURNAME: u32 = 1 << 6;
/// A word of an international body, outlet or company name ("Reuters", "NATO").
pub const CLASS_BODY_WORD: u32 = 1 << 7;
/// A word of a sector synonym ("semiconductors", "AI").
pub const CLASS_SECTOR_WORD: u32 = 1 << 8;
/// A head word of a place name ("Province", "River").
pub const CLASS_PLACE_HEAD: u32 = 1 << 9;
/// A modifier that stays with a title ("former", "acting").
pub const CLASS_TITLE_MODIFIER: u32 = 1 << 10;
/// A listed surname of any naming order ("Tanaka" as well as "Kim").
pub const CLASS_SURNAME: u32 = 1 << 11;
/// The whole token is a country name or alias by itself ("China", "ROK").
pub const CLASS_COUNTRY_NAME: u32 = 1 << 12;
/// The token is marked ambiguous in the data ("Jordan", "Chad").
pub const CLASS_AMBIGUOUS: u32 = 1 << 13;

const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "el", "al", "in", "on", "at",
    "to", "a", "an", "und", "y", "e", "da", "do", "di", "der", "van", "von",
];

pub(crate) fn build(g: &Gazetteers) -> HashMap<String, u32> {
    let mut t: HashMap<String, u32> = HashMap::new();
    let mut add = |word: &str, bit: u32, all_cases: bool| {
        if word.is_empty() || FUNCTION_WORDS.contains(&word.to_lowercase().as_str()) {
            return;
        }
        let forms = if all_cases {
            vec![
                word.to_lowercase(),
                capitalise_first(word),
                word.to_uppercase(),
                word.into(),
            ]
        } else {
            cased(word).to_vec()
        };
        for f in forms {
            let folded = ascii_fold(&f);
            *t.entry(f).or_default() |= bit;
            *t.entry(folded).or_default() |= bit;
        }
    };
    let words = |s: &str| s.split([' ', '-']).map(str::to_string).collect::<Vec<_>>();
    for c in &g.countries {
        for n in std::iter::once(&c.name).chain(&c.aliases) {
            words(n)
                .iter()
                .for_each(|w| add(w, CLASS_COUNTRY_WORD, false));
            if !n.contains(' ') {
                add(n, CLASS_COUNTRY_NAME, false);
            }
        }
        c.demonyms
            .iter()
            .filter(|d| !d.contains(' '))
            .for_each(|d| add(d, CLASS_DEMONYM, false));
    }
    for p in &g.places {
        for n in std::iter::once(&p.name).chain(&p.aliases) {
            words(n)
                .iter()
                .for_each(|w| add(w, CLASS_PLACE_WORD, false));
        }
    }
    for b in &g.bodies {
        for n in std::iter::once(&b.name).chain(&b.aliases) {
            words(n).iter().for_each(|w| add(w, CLASS_BODY_WORD, false));
        }
    }
    for s in &g.sectors {
        for n in std::iter::once(&s.name).chain(&s.synonyms) {
            words(n)
                .iter()
                .for_each(|w| add(w, CLASS_SECTOR_WORD, !super::forms::is_acronym(w)));
        }
    }
    for ti in &g.titles {
        for n in std::iter::once(&ti.canonical).chain(&ti.variants) {
            for w in words(n) {
                add(&w, CLASS_TITLE_WORD, !super::forms::is_acronym(&w));
                for p in super::forms::plurals(&w) {
                    add(&p, CLASS_TITLE_WORD, true);
                }
            }
        }
    }
    let n = &g.names;
    n.given_display
        .iter()
        .for_each(|w| add(w, CLASS_GIVEN_NAME, false));
    for (w, first) in &n.surname_display {
        add(w, CLASS_SURNAME, false);
        if *first {
            add(w, CLASS_FAMILY_FIRST_SURNAME, false);
        }
    }
    n.org_heads
        .iter()
        .for_each(|w| add(w, CLASS_ORG_HEAD, false));
    n.place_heads
        .iter()
        .for_each(|w| add(w, CLASS_PLACE_HEAD, false));
    n.title_modifiers
        .iter()
        .for_each(|w| add(w, CLASS_TITLE_MODIFIER, true));
    g.ambiguous
        .iter()
        .filter(|a| !a.contains(' '))
        .for_each(|a| add(a, CLASS_AMBIGUOUS, false));
    t
}
