//! Tests of the shipped data (it parses, meets the size floors, is internally
//! consistent) and of matching on sentences written for the purpose.

use std::collections::HashSet;

use super::*;

fn g() -> &'static Gazetteers {
    Gazetteers::get()
}

/// (matched text, entry) pairs, for readable assertions.
fn found(text: &str) -> Vec<(&str, Entry)> {
    g().find_all(text)
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.entry))
        .collect()
}

fn country_at(e: Entry) -> Option<&'static str> {
    match e {
        Entry::Country(i) | Entry::Demonym(i) => Some(g().countries[i].alpha3.as_str()),
        Entry::Place(i) => Some(g().places[i].country.as_str()),
        _ => None,
    }
}

#[test]
fn data_parses_and_meets_minimums() {
    let g = g();
    assert!(g.countries.len() >= 197, "countries: {}", g.countries.len());
    assert!(g.places.len() >= 500, "places: {}", g.places.len());
    assert!(g.sectors.len() >= 60, "sectors: {}", g.sectors.len());
    assert!(
        g.names.given.len() >= 1500,
        "given names: {}",
        g.names.given.len()
    );
    assert!(
        g.names.surnames.len() >= 300,
        "surnames: {}",
        g.names.surnames.len()
    );
    assert!(g.bodies.len() >= 200, "bodies: {}", g.bodies.len());
    assert!(g.titles.len() >= 60, "titles: {}", g.titles.len());
}

#[test]
fn country_codes_are_unique_and_well_formed() {
    let g = g();
    let a2: HashSet<_> = g.countries.iter().map(|c| &c.alpha2).collect();
    let a3: HashSet<_> = g.countries.iter().map(|c| &c.alpha3).collect();
    assert_eq!(a2.len(), g.countries.len());
    assert_eq!(a3.len(), g.countries.len());
    for c in &g.countries {
        assert!(c.alpha2.len() == 2 && c.alpha3.len() == 3, "{c:?}");
        assert!(c.alpha3.chars().all(|ch| ch.is_ascii_uppercase()), "{c:?}");
    }
}

#[test]
fn references_resolve() {
    let g = g();
    for p in g.places.iter().filter(|p| !p.country.is_empty()) {
        assert!(g.country_by_code(&p.country).is_some(), "place {}", p.name);
    }
    for b in &g.bodies {
        if let Some(c) = &b.country {
            assert!(g.country_by_code(c).is_some(), "body {}", b.id);
        }
    }
    let ids: HashSet<_> = g.sectors.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), g.sectors.len(), "sector ids must be unique");
    for s in &g.sectors {
        if let Some(p) = &s.parent {
            assert!(ids.contains(p.as_str()), "sector {} parent {p}", s.id);
        }
    }
    let bodies: HashSet<_> = g.bodies.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(bodies.len(), g.bodies.len(), "body ids must be unique");
}

#[test]
fn aliases_resolve() {
    let g = g();
    for n in ["ROK", "Republic of Korea", "South Korea", "S. Korea"] {
        assert_eq!(
            g.country_by_name(n).map(|c| c.alpha3.as_str()),
            Some("KOR"),
            "{n}"
        );
    }
    for n in [
        "U.S.",
        "US",
        "United States",
        "USA",
        "United States of America",
    ] {
        assert_eq!(
            g.country_by_name(n).map(|c| c.alpha3.as_str()),
            Some("USA"),
            "{n}"
        );
    }
    assert_eq!(g.country_by_name("us"), None);
    assert_eq!(
        g.country_by_name("Chinese").map(|c| c.alpha3.as_str()),
        Some("CHN")
    );
    assert_eq!(
        g.demonym_country("Filipinos").map(|c| c.alpha3.as_str()),
        Some("PHL")
    );
    assert_eq!(
        g.country_by_name("DPRK").map(|c| c.alpha3.as_str()),
        Some("PRK")
    );
    assert_eq!(
        g.country_by_name("Côte d'Ivoire").map(|c| c.name.as_str()),
        Some("Ivory Coast")
    );
    assert_eq!(
        g.country_by_name("Cote d’Ivoire")
            .map(|c| c.alpha3.as_str()),
        Some("CIV")
    );
    assert_eq!(
        g.country_by_code("kr").map(|c| c.alpha3.as_str()),
        Some("KOR")
    );
    assert_eq!(
        g.country_by_code("TWN").map(|c| c.name.as_str()),
        Some("Taiwan")
    );
    assert_eq!(
        g.place("Hong Kong").map(|p| p.country.as_str()),
        Some("CHN")
    );
    assert!(
        g.place("Hong Kong")
            .is_some_and(|p| p.kind == PlaceKind::Region)
    );
    assert_eq!(g.body("U.N.").map(|b| b.id.as_str()), Some("un"));
    assert_eq!(
        g.sector("Chipmakers").map(|s| s.id.as_str()),
        Some("semiconductors")
    );
    assert_eq!(
        g.sector("AI").map(|s| s.id.as_str()),
        Some("artificial_intelligence")
    );
    assert_eq!(
        g.title("Presidents").map(|t| t.canonical.as_str()),
        Some("president")
    );
    assert_eq!(
        g.title("spokeswoman").map(|t| t.canonical.as_str()),
        Some("spokesperson")
    );
    assert_eq!(
        g.title("chief executive officer")
            .map(|t| t.canonical.as_str()),
        Some("ceo")
    );
}

#[test]
fn matches_respect_word_boundaries() {
    let f = found("The Taipei-based firm said so.");
    assert_eq!(f.first().map(|x| x.0), Some("Taipei"));
    let f = found("Trade with the U.S. grew.");
    assert!(
        f.iter()
            .any(|(t, e)| *t == "U.S." && country_at(*e) == Some("USA")),
        "{f:?}"
    );
    let f = found("Sales rose in the U.S.");
    assert!(f.iter().any(|(t, _)| *t == "U.S."), "{f:?}");
    let f = found("the Koreans arrived");
    assert!(
        !f.iter().any(|(_, e)| matches!(e, Entry::Country(_))),
        "{f:?}"
    );
    let f = found("U.S.-China talks in São Paulo and Sao Paulo, Côte d’Ivoire");
    let codes: Vec<_> = f.iter().filter_map(|(_, e)| country_at(*e)).collect();
    assert_eq!(codes, ["USA", "CHN", "BRA", "BRA", "CIV"], "{f:?}");
    let f = found("SOUTH KOREA and North Korea's envoy");
    let codes: Vec<_> = f.iter().filter_map(|(_, e)| country_at(*e)).collect();
    assert_eq!(codes, ["KOR", "PRK"], "{f:?}");
    let f = found("let us talk about it with them");
    assert!(f.is_empty(), "{f:?}");
    let f = found("Seoul and Beijing agreed; SEOUL, Jan 3");
    assert_eq!(
        f.iter()
            .filter(|(_, e)| matches!(e, Entry::Place(_)))
            .count(),
        3,
        "{f:?}"
    );
}

#[test]
fn sectors_titles_and_demonyms() {
    let g = g();
    let f = found("investment in artificial intelligence and secondary batteries");
    let sectors: Vec<_> = f
        .iter()
        .filter(|(_, e)| matches!(e, Entry::Sector(_)))
        .collect();
    assert_eq!(sectors.len(), 2, "{f:?}");
    let f = found("Chinese President spoke");
    assert!(matches!(f[0], ("Chinese", Entry::Demonym(_))), "{f:?}");
    assert!(matches!(f[1], ("President", Entry::Title(_))), "{f:?}");
    assert_eq!(country_at(f[0].1), Some("CHN"));
    let f = found("the Ministry of Science and ICT said");
    assert!(
        f.iter()
            .any(|(t, e)| *t == "ICT" && matches!(e, Entry::Sector(_))),
        "{f:?}"
    );
    let f = found("the Minister of Science and ICT said");
    assert!(
        matches!(f[0], ("Minister of Science and ICT", Entry::Title(_))),
        "{f:?}"
    );
    let m = g.find_all("three generals and the AI boom, but it is fine");
    assert!(
        m.iter()
            .any(|m| m.ambiguous && matches!(m.entry, Entry::Title(_))),
        "{m:?}"
    );
    assert_eq!(m.len(), 2, "{m:?}");
    let f = found("protests in Hong Kong continued");
    assert!(matches!(f[0], ("Hong Kong", Entry::Place(_))), "{f:?}");
    assert_eq!(country_at(f[0].1), Some("CHN"));
    let text = "said former acting President";
    let m = g
        .find_all(text)
        .into_iter()
        .find(|m| matches!(m.entry, Entry::Title(_)))
        .unwrap();
    assert_eq!(
        &text[g.title_start_with_modifiers(text, &m)..m.end],
        "former acting President"
    );
}

#[test]
fn ambiguity_is_flagged() {
    let g = g();
    let m = g.find_all("Jordan scored twice");
    assert!(m.iter().all(|m| m.ambiguous), "{m:?}");
    let m = g.find_all("Talks in Jordan and China");
    assert!(m.iter().any(|m| !m.ambiguous), "{m:?}");
    let m = g.find_all("LET US GO NOW");
    assert!(m.iter().all(|m| m.ambiguous), "{m:?}");
}

#[test]
fn names_and_classes() {
    let g = g();
    assert!(g.is_given_name("Maria") && g.is_given_name("Mohammed"));
    assert!(g.family_name_first("Kim") && g.family_name_first("Xi"));
    assert!(!g.family_name_first("Tanaka") && g.is_surname("Tanaka"));
    assert!(g.is_org_head("University") && g.is_place_head("Province"));
    let c = g.token_classes("Kim");
    assert!(c & CLASS_FAMILY_FIRST_SURNAME != 0);
    assert!(g.token_classes("Chinese") & CLASS_DEMONYM != 0);
    assert!(g.token_classes("President") & CLASS_TITLE_WORD != 0);
    assert!(g.token_classes("ministers") & CLASS_TITLE_WORD != 0);
    assert!(g.token_classes("Ministry") & CLASS_ORG_HEAD != 0);
    assert_eq!(g.token_classes("of"), 0);
}
