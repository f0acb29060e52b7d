//! Parsing of the embedded `data/gazetteer/*.tsv` files and building of the
//! lookup indexes. Data is compiled in so the binary works offline and the
//! parse happens once; every malformed row is reported with file and line.

use std::collections::{HashMap, HashSet};

use super::forms::{fold_key, insensitive_forms, is_acronym, plurals, proper_forms};
use super::{
    Body, BodyKind, Country, Gazetteers, Place, PlaceKind, Sector, Title, TitleDomain, classes,
    matcher, names,
};

const COUNTRIES: &str = include_str!("../../data/gazetteer/countries.tsv");
const PLACES: &str = include_str!("../../data/gazetteer/places.tsv");
const BODIES: &str = include_str!("../../data/gazetteer/bodies.tsv");
const SECTORS: &str = include_str!("../../data/gazetteer/sectors.tsv");
const TITLES: &str = include_str!("../../data/gazetteer/titles.tsv");
const GIVEN: &str = include_str!("../../data/gazetteer/given_names.tsv");
const SURNAMES: &str = include_str!("../../data/gazetteer/surnames.tsv");
const HEADS: &str = include_str!("../../data/gazetteer/heads.tsv");

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}:{line}: {msg}")]
    Row {
        file: &'static str,
        line: usize,
        msg: String,
    },
    #[error("cannot build matcher: {0}")]
    Matcher(String),
}

/// One data row: its 1-based line number and tab-separated columns.
pub(crate) struct Row<'a> {
    pub file: &'static str,
    pub line: usize,
    pub cols: Vec<&'a str>,
}

impl Row<'_> {
    pub fn err(&self, msg: impl Into<String>) -> LoadError {
        LoadError::Row {
            file: self.file,
            line: self.line,
            msg: msg.into(),
        }
    }
}

/// Non-comment, non-blank rows with exactly `ncols` columns.
pub(crate) fn rows<'a>(
    file: &'static str,
    src: &'a str,
    ncols: usize,
) -> Result<Vec<Row<'a>>, LoadError> {
    let mut out = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let row = Row {
            file,
            line: i + 1,
            cols: line.split('\t').map(str::trim).collect(),
        };
        if row.cols.len() != ncols {
            return Err(row.err(format!(
                "expected {ncols} columns, found {}",
                row.cols.len()
            )));
        }
        out.push(row);
    }
    Ok(out)
}

/// A `|`-list; `-` or empty means none. A leading `?` marks the item
/// ambiguous: it is stripped and the item recorded in `amb`.
pub(crate) fn list(field: &str, amb: &mut HashSet<String>) -> Vec<String> {
    if field.is_empty() || field == "-" {
        return Vec::new();
    }
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_prefix('?') {
            Some(rest) => {
                amb.insert(rest.to_string());
                rest.to_string()
            }
            None => s.to_string(),
        })
        .collect()
}

fn one(row: &Row, col: usize, amb: &mut HashSet<String>) -> Result<String, LoadError> {
    list(row.cols[col], amb)
        .into_iter()
        .next()
        .ok_or_else(|| row.err(format!("column {} is empty", col + 1)))
}

fn opt_code(field: &str) -> Option<String> {
    (field != "-" && !field.is_empty()).then(|| field.to_string())
}

pub(crate) fn from_embedded() -> Result<Gazetteers, LoadError> {
    let mut amb = HashSet::new();
    let countries = rows("countries.tsv", COUNTRIES, 5)?
        .iter()
        .map(|r| {
            Ok(Country {
                alpha2: r.cols[0].to_string(),
                alpha3: r.cols[1].to_string(),
                name: one(r, 2, &mut amb)?,
                aliases: list(r.cols[3], &mut amb),
                demonyms: list(r.cols[4], &mut amb),
            })
        })
        .collect::<Result<Vec<_>, LoadError>>()?;
    let codes: HashSet<&str> = countries.iter().map(|c| c.alpha3.as_str()).collect();
    let known = |r: &Row, code: &str| match codes.contains(code) {
        true => Ok(()),
        false => Err(r.err(format!("unknown country code {code}"))),
    };

    let mut places = Vec::new();
    for r in rows("places.tsv", PLACES, 4)? {
        let kind = match r.cols[1] {
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            k => return Err(r.err(format!("unknown place kind {k}"))),
        };
        // "-": a sea or a region spanning countries (Middle East); country stays empty.
        let country = opt_code(r.cols[2]).unwrap_or_default();
        if !country.is_empty() {
            known(&r, &country)?;
        }
        let name = one(&r, 0, &mut amb)?;
        let aliases = list(r.cols[3], &mut amb);
        places.push(Place {
            name,
            kind,
            country,
            aliases,
        });
    }

    let mut bodies = Vec::new();
    for r in rows("bodies.tsv", BODIES, 5)? {
        let kind = match r.cols[2] {
            "international" => BodyKind::International,
            "media" => BodyKind::Media,
            "company" => BodyKind::Company,
            "central_bank" => BodyKind::CentralBank,
            "government" => BodyKind::Government,
            "other" => BodyKind::Other,
            k => return Err(r.err(format!("unknown body kind {k}"))),
        };
        let country = opt_code(r.cols[3]);
        if let Some(c) = &country {
            known(&r, c)?;
        }
        let name = one(&r, 1, &mut amb)?;
        let aliases = list(r.cols[4], &mut amb);
        bodies.push(Body {
            id: r.cols[0].to_string(),
            name,
            kind,
            country,
            aliases,
        });
    }

    let mut sectors = Vec::new();
    for r in rows("sectors.tsv", SECTORS, 4)? {
        let name = one(&r, 1, &mut amb)?;
        let synonyms = list(r.cols[3], &mut amb);
        let parent = opt_code(r.cols[2]);
        sectors.push(Sector {
            id: r.cols[0].to_string(),
            name,
            parent,
            synonyms,
        });
    }
    let ids: HashSet<&str> = sectors.iter().map(|s| s.id.as_str()).collect();
    if let Some(s) = sectors
        .iter()
        .find(|s| s.parent.as_deref().is_some_and(|p| !ids.contains(p)))
    {
        return Err(LoadError::Matcher(format!(
            "sector {} has unknown parent",
            s.id
        )));
    }

    let mut titles = Vec::new();
    for r in rows("titles.tsv", TITLES, 3)? {
        let domain = match r.cols[1] {
            "government" => TitleDomain::Government,
            "corporate" => TitleDomain::Corporate,
            "academic" => TitleDomain::Academic,
            "media" => TitleDomain::Media,
            "military" => TitleDomain::Military,
            "judicial" => TitleDomain::Judicial,
            "diplomatic" => TitleDomain::Diplomatic,
            "religious" => TitleDomain::Religious,
            "other" => TitleDomain::Other,
            d => return Err(r.err(format!("unknown title domain {d}"))),
        };
        let canonical = one(&r, 0, &mut amb)?;
        let variants = list(r.cols[2], &mut amb);
        titles.push(Title {
            canonical,
            domain,
            variants,
        });
    }

    let names = names::Names::parse(GIVEN, SURNAMES, HEADS)?;
    let title_modifiers = names.title_modifiers.iter().cloned().collect();
    let mut g = Gazetteers {
        country_index: proper_index(
            countries.iter().map(|c| names_of(&c.name, &c.aliases)),
            &amb,
        ),
        demonym_index: proper_index(countries.iter().map(|c| c.demonyms.iter().collect()), &amb),
        place_index: proper_index(places.iter().map(|p| names_of(&p.name, &p.aliases)), &amb),
        body_index: proper_index(bodies.iter().map(|b| names_of(&b.name, &b.aliases)), &amb),
        sector_index: phrase_index(
            sectors.iter().map(|s| names_of(&s.name, &s.synonyms)),
            false,
        ),
        title_index: phrase_index(
            titles.iter().map(|t| names_of(&t.canonical, &t.variants)),
            true,
        ),
        countries,
        places,
        bodies,
        sectors,
        titles,
        title_modifiers,
        names,
        ambiguous: amb,
        matcher: matcher::Matcher::empty(),
        classes: HashMap::new(),
    };
    g.matcher = matcher::Matcher::build(&g)?;
    g.classes = classes::build(&g);
    Ok(g)
}

pub(crate) fn names_of<'a>(name: &'a String, aliases: &'a [String]) -> Vec<&'a String> {
    std::iter::once(name).chain(aliases).collect()
}

/// Index of proper names: every surface form as written, plus a folded key
/// for names that cannot be mistaken for a common word (not ambiguous and
/// longer than three letters, so "us" never finds the US).
fn proper_index<'a>(
    entries: impl Iterator<Item = Vec<&'a String>>,
    amb: &HashSet<String>,
) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    let mut folded = Vec::new();
    for (i, strings) in entries.enumerate() {
        for s in strings {
            for f in proper_forms(s) {
                index.entry(f).or_insert(i);
            }
            if !amb.contains(s.as_str()) && s.chars().count() > 3 {
                folded.push((fold_key(s), i));
            }
        }
    }
    for (k, i) in folded {
        index.entry(k).or_insert(i);
    }
    index
}

/// Index of sector/title phrases: folded keys, acronyms only as written;
/// titles also under their plurals.
fn phrase_index<'a>(
    entries: impl Iterator<Item = Vec<&'a String>>,
    with_plurals: bool,
) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (i, strings) in entries.enumerate() {
        for s in strings {
            let mut all = vec![s.clone()];
            if with_plurals {
                all.extend(plurals(s));
            }
            for p in all {
                if is_acronym(&p) {
                    for f in proper_forms(&p) {
                        index.entry(f).or_insert(i);
                    }
                } else {
                    for f in insensitive_forms(&p) {
                        index.entry(fold_key(&f)).or_insert(i);
                    }
                }
            }
        }
    }
    index
}
