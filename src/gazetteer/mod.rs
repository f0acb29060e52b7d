//! Gazetteers: countries, places, international bodies, sectors and job titles,
//! written by the team from general knowledge and compiled into the binary.
//!
//! Later stages need to know that "ROK", "Republic of Korea" and "South Korea"
//! are one node, that "Chinese" points at China, that "chipmakers" is the
//! semiconductor sector. That knowledge lives in `data/gazetteer/*.tsv` (each
//! file documents its columns) and is parsed once into [`Gazetteers::get`].
//!
//! Layout: this file holds the public types and lookups; `load` parses the
//! TSV files, `forms` spells out the surface forms a name takes in text,
//! `matcher` finds entries in running text, `names` holds personal-name and
//! head-word knowledge, `classes` the per-token feature bitset for the tagger.

mod classes;
pub(crate) mod forms;
mod load;
mod matcher;
mod names;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use classes::*;
pub use load::LoadError;

/// A sovereign state (only these are countries; Hong Kong is a place in China).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Capital,
    City,
    Region,
}

/// A city or region below the level of a sovereign state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    /// alpha3 code of the country the place lies in; empty for seas and
    /// regions spanning countries (Middle East, South China Sea).
    pub country: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyKind {
    International,
    Media,
    Company,
    CentralBank,
    Government,
    Other,
}

/// An institution known world-wide: international body, outlet, company, central bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub id: String,
    pub name: String,
    pub kind: BodyKind,
    /// alpha3 of the home country; `None` for international bodies.
    pub country: Option<String>,
    pub aliases: Vec<String>,
}

/// An industry or technology sector; `parent` is another sector's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sector {
    pub id: String,
    pub name: String,
    pub parent: Option<String>,
    pub synonyms: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleDomain {
    Government,
    Corporate,
    Academic,
    Media,
    Military,
    Judicial,
    Diplomatic,
    Religious,
    Other,
}

/// A job title or role; `canonical` is lowercase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    pub canonical: String,
    pub domain: TitleDomain,
    pub variants: Vec<String>,
}

/// What a matched phrase is: an index into the matching `Gazetteers` vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    Country(usize),
    /// A demonym or adjective; the index is into `countries`.
    Demonym(usize),
    Place(usize),
    Body(usize),
    Sector(usize),
    Title(usize),
}

impl Entry {
    /// Tie-break between entries of equal length: Country > Body > Place > Sector > Title.
    pub(crate) fn rank(self) -> u8 {
        match self {
            Entry::Country(_) | Entry::Demonym(_) => 0,
            Entry::Body(_) => 1,
            Entry::Place(_) => 2,
            Entry::Sector(_) => 3,
            Entry::Title(_) => 4,
        }
    }
}

/// One gazetteer hit in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazMatch {
    /// Byte offsets into the searched text.
    pub start: usize,
    pub end: usize,
    pub entry: Entry,
    /// The phrase is also a common word, a person's name or names two things
    /// (marked `?` in the data, or an all-caps acronym inside an all-caps
    /// headline): accept it only with supporting context.
    pub ambiguous: bool,
}

/// All gazetteer data plus the indexes built over it.
pub struct Gazetteers {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    pub bodies: Vec<Body>,
    pub sectors: Vec<Sector>,
    pub titles: Vec<Title>,
    /// Words that stay with a title: former, acting, deputy, then- …
    pub title_modifiers: Vec<String>,
    pub(crate) names: names::Names,
    /// Surface strings marked `?` in the data.
    pub(crate) ambiguous: HashSet<String>,
    pub(crate) country_index: HashMap<String, usize>,
    pub(crate) demonym_index: HashMap<String, usize>,
    pub(crate) place_index: HashMap<String, usize>,
    pub(crate) body_index: HashMap<String, usize>,
    pub(crate) sector_index: HashMap<String, usize>,
    pub(crate) title_index: HashMap<String, usize>,
    pub(crate) matcher: matcher::Matcher,
    pub(crate) classes: HashMap<String, u32>,
}

impl Gazetteers {
    /// The gazetteers parsed from the data embedded in the binary.
    ///
    /// Panics only if the shipped data is malformed, which a unit test rules out.
    pub fn get() -> &'static Gazetteers {
        static CELL: OnceLock<Gazetteers> = OnceLock::new();
        CELL.get_or_init(|| match load::from_embedded() {
            Ok(g) => g,
            Err(e) => panic!("embedded gazetteer data is malformed: {e}"),
        })
    }

    /// All non-overlapping, longest matches on word boundaries; see `matcher`.
    pub fn find_all(&self, text: &str) -> Vec<GazMatch> {
        self.matcher.find_all(self, text)
    }

    /// Country by alpha-3 or alpha-2 code (any case).
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        let code = code.trim().to_ascii_uppercase();
        let field = |c: &Country| {
            if code.len() == 2 {
                c.alpha2 == code
            } else {
                c.alpha3 == code
            }
        };
        self.countries.iter().find(|c| field(c))
    }

    /// Country by canonical name, alias or demonym.
    pub fn country_by_name(&self, name: &str) -> Option<&Country> {
        lookup(&self.country_index, name)
            .map(|i| &self.countries[i])
            .or_else(|| self.demonym_country(name))
    }

    /// Country of a demonym or national adjective ("Chinese", "Filipinos").
    pub fn demonym_country(&self, word: &str) -> Option<&Country> {
        lookup(&self.demonym_index, word).map(|i| &self.countries[i])
    }

    pub fn place(&self, name: &str) -> Option<&Place> {
        lookup(&self.place_index, name).map(|i| &self.places[i])
    }

    pub fn body(&self, name_or_alias: &str) -> Option<&Body> {
        lookup(&self.body_index, name_or_alias).map(|i| &self.bodies[i])
    }

    /// Sector by any synonym, case-insensitive (acronyms such as "IT" only as written).
    pub fn sector(&self, phrase: &str) -> Option<&Sector> {
        lookup(&self.sector_index, phrase).map(|i| &self.sectors[i])
    }

    /// Title by any variant or its plural, case-insensitive.
    pub fn title(&self, phrase: &str) -> Option<&Title> {
        lookup(&self.title_index, phrase).map(|i| &self.titles[i])
    }

    /// Whether a string is marked ambiguous in the data (`?`).
    pub fn is_ambiguous(&self, name: &str) -> bool {
        self.ambiguous.contains(name)
    }

    pub fn is_org_head(&self, word: &str) -> bool {
        self.names.org_heads.contains(word)
    }

    pub fn is_place_head(&self, word: &str) -> bool {
        self.names.place_heads.contains(word)
    }

    /// A modifier that stays with a title ("former", "acting", "then-").
    pub fn is_title_modifier(&self, word: &str) -> bool {
        self.names.title_modifiers.contains(&word.to_lowercase())
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.names.given.contains(&forms::fold_key(word))
    }

    /// Known East Asian (or Hungarian) surname, in any naming order.
    pub fn is_surname(&self, word: &str) -> bool {
        self.names.surnames.contains_key(&forms::fold_key(word))
    }

    /// Surname of a culture that writes the family name first in English news
    /// (Chinese, Korean, Vietnamese, Hungarian; not Japanese).
    pub fn family_name_first(&self, word: &str) -> bool {
        self.names
            .surnames
            .get(&forms::fold_key(word))
            .copied()
            .unwrap_or(false)
    }

    /// Surname of a culture that refers to people by their last given name
    /// ("Nguyen Thi Huong" is "Huong" on second reference).
    pub fn referred_by_last_given_name(&self, surname: &str) -> bool {
        self.names
            .last_given_reference
            .contains(&forms::fold_key(surname))
    }

    /// Feature bitset for one token (`CLASS_*` constants); one hash lookup.
    pub fn token_classes(&self, token: &str) -> u32 {
        self.classes.get(token).copied().unwrap_or(0)
    }

    /// Start of a title match extended leftwards over modifiers
    /// ("former acting President" → offset of "former").
    pub fn title_start_with_modifiers(&self, text: &str, m: &GazMatch) -> usize {
        matcher::extend_over_modifiers(self, text, m.start)
    }
}

/// Exact surface form first, then the case-folded key (see `forms::fold_key`).
fn lookup(index: &HashMap<String, usize>, name: &str) -> Option<usize> {
    let name = forms::squash_spaces(name);
    index
        .get(&name)
        .or_else(|| index.get(&forms::fold_key(&name)))
        .copied()
}
