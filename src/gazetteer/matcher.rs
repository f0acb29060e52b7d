//! Finding gazetteer entries in running text. Two Aho-Corasick automata
//! (leftmost-longest) are built once: one case-sensitive for proper names and
//! acronyms (so "us" is not the US, "turkey" not Turkey), one ASCII
//! case-insensitive for sector and title phrases. Matches must sit on word
//! boundaries; when the longest match ends inside a word the automaton is
//! re-run anchored on a shorter span, so "New York Citys" still yields
//! "New York" and "Koreans" never yields "Korea".

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use super::forms::{insensitive_forms, is_acronym, plurals, proper_forms};
use super::load::{LoadError, names_of};
use super::{Entry, GazMatch, Gazetteers};

#[derive(Debug, Clone, Copy)]
struct PatInfo {
    entry: Entry,
    ambiguous: bool,
}

pub(crate) struct Matcher {
    sensitive: Option<(AhoCorasick, Vec<PatInfo>)>,
    insensitive: Option<(AhoCorasick, Vec<PatInfo>)>,
}

/// Patterns for one automaton, deduplicated by text.
#[derive(Default)]
struct Table {
    pats: Vec<String>,
    info: Vec<PatInfo>,
    by_text: HashMap<String, usize>,
}

impl Table {
    fn add(&mut self, g: &Gazetteers, text: String, entry: Entry, ambiguous: bool) {
        let Some(&i) = self.by_text.get(&text) else {
            self.by_text.insert(text.clone(), self.pats.len());
            self.pats.push(text);
            self.info.push(PatInfo { entry, ambiguous });
            return;
        };
        let old = self.info[i];
        let same = old.entry == entry || same_thing(g, old.entry, entry);
        let winner = if entry.rank() < old.entry.rank() {
            entry
        } else {
            old.entry
        };
        // Two different things written alike (Georgia the country and the US
        // state): keep the higher-ranked one but say it is ambiguous.
        self.info[i] = PatInfo {
            entry: winner,
            ambiguous: old.ambiguous || ambiguous || !same,
        };
    }

    fn build(
        self,
        case_insensitive: bool,
    ) -> Result<Option<(AhoCorasick, Vec<PatInfo>)>, LoadError> {
        if self.pats.is_empty() {
            return Ok(None);
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .ascii_case_insensitive(case_insensitive)
            .build(&self.pats)
            .map_err(|e| LoadError::Matcher(e.to_string()))?;
        Ok(Some((ac, self.info)))
    }
}

/// A city-state's capital or a country's own demonym is not a real clash.
fn same_thing(g: &Gazetteers, a: Entry, b: Entry) -> bool {
    let country = |e: Entry| match e {
        Entry::Country(c) | Entry::Demonym(c) => Some(g.countries[c].alpha3.as_str()),
        Entry::Place(p) => Some(g.places[p].country.as_str()),
        _ => None,
    };
    matches!(
        (a, b),
        (Entry::Country(_), Entry::Place(_))
            | (Entry::Place(_), Entry::Country(_))
            | (Entry::Country(_), Entry::Demonym(_))
            | (Entry::Demonym(_), Entry::Country(_))
    ) && country(a) == country(b)
}

impl Matcher {
    pub fn empty() -> Matcher {
        Matcher {
            sensitive: None,
            insensitive: None,
        }
    }

    pub fn build(g: &Gazetteers) -> Result<Matcher, LoadError> {
        let mut cs = Table::default();
        let mut ci = Table::default();
        let amb = |s: &str| g.ambiguous.contains(s);
        let proper = |cs: &mut Table, s: &String, e: Entry| {
            for f in proper_forms(s) {
                cs.add(g, f, e, amb(s));
            }
        };
        for (i, c) in g.countries.iter().enumerate() {
            names_of(&c.name, &c.aliases)
                .into_iter()
                .for_each(|s| proper(&mut cs, s, Entry::Country(i)));
            c.demonyms
                .iter()
                .for_each(|s| proper(&mut cs, s, Entry::Demonym(i)));
        }
        for (i, b) in g.bodies.iter().enumerate() {
            names_of(&b.name, &b.aliases)
                .into_iter()
                .for_each(|s| proper(&mut cs, s, Entry::Body(i)));
        }
        for (i, p) in g.places.iter().enumerate() {
            names_of(&p.name, &p.aliases)
                .into_iter()
                .for_each(|s| proper(&mut cs, s, Entry::Place(i)));
        }
        // `flag`: the ambiguity of the written variant, inherited by its plurals.
        let mut phrase = |s: &str, e: Entry, flag: bool| {
            if is_acronym(s) {
                proper_forms(s)
                    .into_iter()
                    .for_each(|f| cs.add(g, f, e, flag));
            } else {
                insensitive_forms(s)
                    .into_iter()
                    .for_each(|f| ci.add(g, f, e, flag));
            }
        };
        for (i, s) in g.sectors.iter().enumerate() {
            for p in names_of(&s.name, &s.synonyms) {
                phrase(p, Entry::Sector(i), amb(p));
            }
        }
        for (i, t) in g.titles.iter().enumerate() {
            for v in names_of(&t.canonical, &t.variants) {
                phrase(v, Entry::Title(i), amb(v));
                plurals(v)
                    .iter()
                    .for_each(|p| phrase(p, Entry::Title(i), amb(v)));
            }
        }
        Ok(Matcher {
            sensitive: cs.build(false)?,
            insensitive: ci.build(true)?,
        })
    }

    pub fn find_all(&self, _g: &Gazetteers, text: &str) -> Vec<GazMatch> {
        let mut cands = Vec::new();
        for (ac, info) in [&self.sensitive, &self.insensitive].into_iter().flatten() {
            scan(ac, info, text, &mut cands);
        }
        // Each automaton's matches are disjoint, so a clash is between one
        // match of each: sweep in text order and keep the longer, then the
        // higher-ranked kind (Country > Body > Place > Sector > Title).
        cands.sort_unstable_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut taken: Vec<GazMatch> = Vec::with_capacity(cands.len());
        for m in cands {
            match taken.last_mut() {
                Some(last) if last.end > m.start => {
                    let better =
                        |x: &GazMatch| (std::cmp::Reverse(x.end - x.start), x.entry.rank());
                    if better(&m) < better(last) {
                        *last = m;
                    }
                }
                _ => taken.push(m),
            }
        }
        for m in &mut taken {
            m.ambiguous |= in_caps_headline(text, m.start, m.end);
        }
        taken
    }
}

fn scan(ac: &AhoCorasick, info: &[PatInfo], text: &str, out: &mut Vec<GazMatch>) {
    let mut pos = 0;
    while pos < text.len() {
        let Some(m) = ac.find(Input::new(text).span(pos..text.len())) else {
            break;
        };
        if !starts_word(text, m.start()) {
            pos = next_char(text, m.start());
            continue;
        }
        let mut end = m.end();
        let mut pat = m.pattern();
        // The longest match may end inside a word ("Koreans"): retry anchored
        // at the same start on ever shorter spans until one ends cleanly.
        let found = loop {
            if ends_word(text, end) {
                break true;
            }
            let shorter = Input::new(text)
                .span(m.start()..end - 1)
                .anchored(Anchored::Yes);
            match ac.find(shorter) {
                Some(s) => (end, pat) = (s.end(), s.pattern()),
                None => break false,
            }
        };
        if found {
            let p = info[pat.as_usize()];
            out.push(GazMatch {
                start: m.start(),
                end,
                entry: p.entry,
                ambiguous: p.ambiguous,
            });
            pos = end;
        } else {
            pos = next_char(text, m.start());
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A match may not begin right after a letter or digit, unless it begins
/// with punctuation itself.
fn starts_word(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let first = text[at..].chars().next();
    !(before.is_some_and(is_word_char) && first.is_some_and(is_word_char))
}

/// Likewise at the end, so "U." of "U.S." may touch the next word but
/// "Korea" may not run on into "ns".
fn ends_word(text: &str, at: usize) -> bool {
    let last = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    !(last.is_some_and(is_word_char) && after.is_some_and(is_word_char))
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// A short all-caps acronym ("US", "WHO", "AP") between all-caps words is
/// probably an ordinary word in a shouted headline ("LET US GO").
fn in_caps_headline(text: &str, start: usize, end: usize) -> bool {
    let m = &text[start..end];
    let letters = m.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 4 || !m.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
        return false;
    }
    let prev = text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next();
    let next = text[end..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next();
    let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
    let words: Vec<&str> = [prev, next]
        .into_iter()
        .flatten()
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|w| caps(w))
}

/// Start of a title extended left over modifiers ("former", "then-", "acting").
pub(crate) fn extend_over_modifiers(g: &Gazetteers, text: &str, mut start: usize) -> usize {
    loop {
        let before = &text[..start];
        let trimmed = before.trim_end();
        let word_start = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
            .last()
            .map_or(trimmed.len(), |(i, _)| i);
        let word = &trimmed[word_start..];
        let hyphen_glued = trimmed.len() == before.len() && word.ends_with('-');
        let spaced = trimmed.len() < before.len();
        if word.is_empty() || !(hyphen_glued || spaced) || !g.is_title_modifier(word) {
            return start;
        }
        start = word_start;
    }
}
