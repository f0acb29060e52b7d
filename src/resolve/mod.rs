//! Entity resolution within one document: which mentions name the same thing.
//!
//! Rules, each recorded on the entity so `entities --explain` can show why a
//! node exists: gazetteer ids (every name of a country is one country),
//! normalised names ("Lee Soo-min" = "Lee Soo Min"), acronym definitions
//! both ways ("Full Name (ACR)", "ACR (Full Name)") and by initials, ministry
//! names written two ways, and surname-only mentions to the earlier full name,
//! aware that Chinese and Korean names put the family name first ("Moon" is
//! Moon Hae Rin, never Park Ji Moon).

mod institutions;
mod persons;
mod roles;

pub use institutions::same_institution;
pub use persons::split_name;
pub(crate) use roles::definite_reference;
pub use roles::{Role, find_roles};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::gazetteer::Gazetteers;
use crate::mentions::{EntityType, Mention, MentionKind};
use crate::names::{institution_name_key, normalize, slug};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The graph node id: `country:KOR`, `person:xi-jinping`, ...
    pub key: String,
    pub kind: EntityType,
    pub name: String,
    /// Indices into the document's mentions.
    pub mentions: Vec<usize>,
    /// Distinct surface forms in order of appearance; demonyms start with `~`.
    pub forms: Vec<String>,
    pub gazetteer_key: Option<String>,
    /// Why mentions were joined: one line per rule application.
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Resolution {
    pub entities: Vec<Entity>,
    /// For each mention, the entity it belongs to (titles and unresolved
    /// partial words belong to none).
    pub mention_entity: Vec<Option<usize>>,
}

impl Resolution {
    pub fn entity_of(&self, mention: usize) -> Option<&Entity> {
        self.mention_entity
            .get(mention)
            .copied()
            .flatten()
            .map(|e| &self.entities[e])
    }
}

/// A union-find over mentions with the reason for each union.
struct Groups {
    parent: Vec<usize>,
    /// Members per root, so "is this mention alone" is one lookup.
    size: Vec<usize>,
    rules: Vec<Vec<String>>,
    kind: Vec<Option<EntityType>>,
}

impl Groups {
    fn new(mentions: &[Mention]) -> Groups {
        Groups {
            parent: (0..mentions.len()).collect(),
            size: vec![1; mentions.len()],
            rules: vec![Vec::new(); mentions.len()],
            kind: mentions.iter().map(Mention::entity_type).collect(),
        }
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    /// Whether mention `i` is in a group of its own.
    fn is_single(&mut self, i: usize) -> bool {
        let r = self.find(i);
        self.size[r] == 1
    }

    /// Joins `b`'s group into `a`'s; `a`'s type wins.
    fn union(&mut self, a: usize, b: usize, rule: String) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
        let moved = std::mem::take(&mut self.rules[rb]);
        self.rules[ra].extend(moved);
        self.rules[ra].push(rule);
        if self.kind[ra].is_none() {
            self.kind[ra] = self.kind[rb];
        }
    }
}

/// Resolves the mentions of one document into entities.
pub fn resolve(doc: &Document, mentions: &[Mention]) -> Resolution {
    let gaz = Gazetteers::get();
    let mut groups = Groups::new(mentions);
    let text = |i: usize| doc.slice(mentions[i].span);

    // Same gazetteer id, or same normalised name and type.
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(t) = m.entity_type() else { continue };
        // A lone surname can stand for different people in one article ("the
        // two Villanuevas"): each is linked on its own by the person rules.
        if t == EntityType::Person && m.tokens.len() == 1 {
            continue;
        }
        let key = match &m.gazetteer_key {
            Some(k) => k.clone(),
            None if t == EntityType::Institution => {
                format!("institution:{}", institution_name_key(text(i)))
            }
            None => format!("{}:{}", t.as_str(), normalize(text(i))),
        };
        match by_key.get(&key) {
            Some(&first) => groups.union(
                first,
                i,
                format!(
                    "'{}' = '{}' (same {})",
                    text(first),
                    text(i),
                    if m.gazetteer_key.is_some() {
                        "gazetteer id"
                    } else {
                        "normalised name"
                    }
                ),
            ),
            None => {
                by_key.insert(key, i);
            }
        }
    }

    link_parenthesised_acronyms(doc, mentions, &mut groups);
    link_acronyms_by_initials(doc, mentions, &mut groups);
    institutions::link_variants(doc, gaz, mentions, &mut groups);
    persons::link_partial_names(doc, gaz, mentions, &mut groups);
    institutions::link_short_names(doc, gaz, mentions, &mut groups);
    // Lone surnames that matched no full name are one person per spelling;
    // the same word the tagger called an organisation elsewhere ("Hale
    // declined") joins them.
    let mut lone: BTreeMap<String, usize> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind == MentionKind::Name(EntityType::Person)
            && m.tokens.len() == 1
            && groups.is_single(i)
        {
            let name = normalize(text(i));
            match lone.get(&name) {
                Some(&first) => groups.union(
                    first,
                    i,
                    format!(
                        "'{}' = '{}' (same surname, no full name)",
                        text(first),
                        text(i)
                    ),
                ),
                None => {
                    lone.insert(name, i);
                }
            }
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        let lone_org = m.kind == MentionKind::Name(EntityType::Institution)
            && m.tokens.len() == 1
            && m.gazetteer_key.is_none()
            && !is_acronym(text(i));
        if lone_org
            && let Some(&person) = lone.get(&normalize(text(i)))
            && groups.find(person) != groups.find(i)
        {
            // One word typed both ways: a person when it is a known name or
            // carries a title ("Deputy Secretary Hale ... Hale declined"),
            // otherwise the organisation ("Loopfibre's ... Loopfibre said").
            let word = text(i);
            let titled = (0..mentions.len()).any(|k| {
                groups.find(k) == groups.find(person)
                    && k > 0
                    && matches!(mentions[k - 1].kind, MentionKind::Title { .. })
                    && mentions[k - 1].tokens.end == mentions[k].tokens.start
            });
            if titled || gaz.is_given_name(word) || gaz.is_surname(word) {
                groups.union(
                    person,
                    i,
                    format!("'{word}' = the person '{}' (same word)", text(person)),
                );
            } else {
                groups.union(
                    i,
                    person,
                    format!("'{}' = the organisation '{word}' (same word)", text(person)),
                );
            }
        }
    }

    build_entities(doc, gaz, mentions, &mut groups)
}

/// "Peru Innovation Center (PIC)" and "PIC (Peru Innovation Center)".
fn link_parenthesised_acronyms(doc: &Document, mentions: &[Mention], groups: &mut Groups) {
    for (i, m) in mentions.iter().enumerate() {
        if m.entity_type().is_none() && m.kind != MentionKind::Partial {
            continue;
        }
        let open = m.tokens.end;
        if open >= doc.tokens.len() || doc.token_text(open) != "(" {
            continue;
        }
        let Some(j) = mentions.iter().position(|n| n.tokens.start == open + 1) else {
            continue;
        };
        let inner = &mentions[j];
        if inner.tokens.end >= doc.tokens.len()
            || doc.token_text(inner.tokens.end) != ")"
            || inner.entity_type().is_none() && inner.kind != MentionKind::Partial
        {
            continue;
        }
        let (outer_text, inner_text) = (doc.slice(m.span), doc.slice(inner.span));
        let rule = format!("'{inner_text}' defined in parentheses after '{outer_text}'");
        // The full name's type wins over the acronym's guess.
        let (full, acronym) = if is_acronym(inner_text) {
            (i, j)
        } else if is_acronym(outer_text) {
            (j, i)
        } else {
            continue;
        };
        // "BEIJING (Reuters)" is a dateline, not a definition: a known place
        // before the parenthesis pairs only with a word of the same initial.
        let known_place = |k: usize| {
            mentions[k]
                .gazetteer_key
                .as_deref()
                .is_some_and(|g| g.starts_with("place:") || g.starts_with("country:"))
        };
        let initial = |k: usize| {
            doc.slice(mentions[k].span)
                .chars()
                .find(|c| c.is_alphanumeric())
                .map(|c| c.to_ascii_uppercase())
        };
        if known_place(i) && initial(full) != initial(acronym) {
            continue;
        }
        groups.union(full, acronym, rule);
        // Once defined, the acronym means that body wherever it stands, however
        // the tagger typed it there ("CCM's Kitwe mine").
        let short = doc.slice(mentions[acronym].span);
        for (k, other) in mentions.iter().enumerate() {
            if k != acronym && other.gazetteer_key.is_none() && doc.slice(other.span) == short {
                groups.union(
                    full,
                    k,
                    format!(
                        "'{short}' = the acronym defined for '{}'",
                        doc.slice(mentions[full].span)
                    ),
                );
            }
        }
    }
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphanumeric()).count();
    (2..=8).contains(&letters)
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// An acronym with no definition whose letters are the initials of an
/// institution named in the document ("WTO" after "World Trade Organization").
fn link_acronyms_by_initials(doc: &Document, mentions: &[Mention], groups: &mut Groups) {
    for (i, m) in mentions.iter().enumerate() {
        let t = doc.slice(m.span);
        if !is_acronym(t) || !groups.is_single(i) {
            continue;
        }
        let acronym: String = t.chars().filter(|c| c.is_alphanumeric()).collect();
        let full = mentions.iter().enumerate().find(|(j, n)| {
            *j != i
                && n.entity_type() == Some(EntityType::Institution)
                && !is_acronym(doc.slice(n.span))
                && initials(doc.slice(n.span)) == acronym
        });
        if let Some((j, n)) = full {
            let rule = format!("'{t}' = initials of '{}'", doc.slice(n.span));
            groups.union(j, i, rule);
        }
    }
}

fn build_entities(
    doc: &Document,
    gaz: &Gazetteers,
    mentions: &[Mention],
    groups: &mut Groups,
) -> Resolution {
    let mut root_entity: BTreeMap<usize, usize> = BTreeMap::new();
    let mut res = Resolution {
        entities: Vec::new(),
        mention_entity: vec![None; mentions.len()],
    };
    for (i, m) in mentions.iter().enumerate() {
        let root = groups.find(i);
        let Some(kind) = groups.kind[root] else {
            continue;
        };
        let e = *root_entity.entry(root).or_insert_with(|| {
            res.entities.push(Entity {
                key: String::new(),
                kind,
                name: String::new(),
                mentions: Vec::new(),
                forms: Vec::new(),
                gazetteer_key: None,
                rules: groups.rules[root].clone(),
            });
            res.entities.len() - 1
        });
        res.mention_entity[i] = Some(e);
        let ent = &mut res.entities[e];
        ent.mentions.push(i);
        let surface = doc.slice(m.span).to_string();
        let form = if m.kind == MentionKind::Demonym {
            format!("~{surface}")
        } else {
            surface
        };
        if !ent.forms.contains(&form) {
            ent.forms.push(form);
        }
        if ent.gazetteer_key.is_none() && m.entity_type() == Some(kind) {
            ent.gazetteer_key = m.gazetteer_key.clone();
        }
    }
    for ent in &mut res.entities {
        ent.name = canonical_name(gaz, ent, mentions, doc);
        ent.key = node_key(ent);
    }
    res
}

/// The gazetteer's name when there is one; otherwise the longest written form
/// that is not an acronym.
fn canonical_name(gaz: &Gazetteers, ent: &Entity, mentions: &[Mention], doc: &Document) -> String {
    if let Some(key) = &ent.gazetteer_key {
        let (kind, id) = key.split_once(':').unwrap_or(("", ""));
        let from_gaz = match kind {
            "country" => gaz.country_by_code(id).map(|c| c.name.clone()),
            "place" => gaz.place(id).map(|p| p.name.clone()),
            "body" => gaz
                .bodies
                .iter()
                .find(|b| b.id == id)
                .map(|b| b.name.clone()),
            "sector" => gaz
                .sectors
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.name.clone()),
            _ => None,
        };
        if let Some(name) = from_gaz {
            return name;
        }
    }
    let forms = ent
        .mentions
        .iter()
        .map(|&i| doc.slice(mentions[i].span))
        .filter(|f| !f.starts_with('~'));
    let best = forms
        .clone()
        .filter(|f| !is_acronym(f))
        .max_by_key(|f| (f.split_whitespace().count(), f.len()));
    let name = best.or_else(|| forms.clone().next()).unwrap_or_default();
    // A sector found as "nickel processing industry" is the field "nickel processing".
    if ent.kind == EntityType::Sector
        && let Some((field, head)) = name.rsplit_once(' ')
        && matches!(head, "industry" | "industries" | "sector")
    {
        return field.to_string();
    }
    name.to_string()
}

fn node_key(ent: &Entity) -> String {
    match &ent.gazetteer_key {
        Some(k) if k.starts_with("country:") => k.clone(),
        Some(k) if k.starts_with("body:") => format!("institution:{}", &k[5..]),
        Some(k) if k.starts_with("sector:") => k.clone(),
        _ if ent.kind == EntityType::Institution => format!(
            "institution:{}",
            institution_name_key(&ent.name).replace(' ', "-")
        ),
        _ => format!("{}:{}", ent.kind.as_str(), slug(&ent.name)),
    }
}

#[cfg(test)]
mod tests;
