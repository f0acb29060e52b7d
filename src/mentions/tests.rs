use super::*;
use crate::document::Document;

fn mentions_of(text: &str) -> Vec<(String, MentionKind)> {
    let doc = Document::parse("t", text);
    find_mentions(&doc, default_finder())
        .into_iter()
        .map(|m| (doc.slice(m.span).to_string(), m.kind))
        .collect()
}

fn typed(text: &str, t: EntityType) -> Vec<String> {
    mentions_of(text)
        .into_iter()
        .filter(|(_, k)| *k == MentionKind::Name(t))
        .map(|(s, _)| s)
        .collect()
}

#[test]
fn title_and_demonym_are_split_off_a_name() {
    let m = mentions_of("Chilean President Ana Torres Vidal arrived on Monday.");
    assert!(
        m.contains(&("Chilean".into(), MentionKind::Demonym)),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|(s, k)| s == "President" && matches!(k, MentionKind::Title { .. })),
        "{m:?}"
    );
    assert!(
        m.contains(&(
            "Ana Torres Vidal".into(),
            MentionKind::Name(EntityType::Person)
        )),
        "{m:?}"
    );
}

#[test]
fn a_country_word_inside_an_institution_is_not_a_country() {
    let text = "Officials of the Bank of Thailand met staff of the Peru Innovation Center.";
    assert_eq!(typed(text, EntityType::Country), Vec::<String>::new());
    assert_eq!(
        typed(text, EntityType::Institution),
        ["Bank of Thailand", "Peru Innovation Center"]
    );
}

#[test]
fn acronyms_countries_and_places_come_from_the_gazetteers() {
    let text = "The ROK and the U.S. agreed in Lima, said the WTO.";
    assert_eq!(typed(text, EntityType::Country), ["ROK", "U.S."]);
    assert_eq!(typed(text, EntityType::Place), ["Lima"]);
}

#[test]
fn a_place_inside_a_hyphenated_word_is_found() {
    assert_eq!(
        typed("A Taipei-based firm grew.", EntityType::Place),
        ["Taipei"]
    );
}

#[test]
fn sentence_initial_common_words_and_dates_are_not_names() {
    let m = mentions_of("Following the talks on Monday, officials left. Investment rose in June.");
    assert!(
        m.iter()
            .all(|(s, _)| !matches!(s.as_str(), "Following" | "Monday" | "June")),
        "{m:?}"
    );
}

#[test]
fn multiword_sectors_are_found_case_insensitively() {
    let s = typed(
        "Artificial intelligence and secondary batteries lead, with 5G.",
        EntityType::Sector,
    );
    assert_eq!(s, ["Artificial intelligence", "secondary batteries", "5G"]);
}

#[test]
fn sector_mentions_take_in_the_field_as_written() {
    let s = typed(
        "Investors backed agricultural biotechnology and the electric vehicle industry.",
        EntityType::Sector,
    );
    assert_eq!(
        s,
        ["agricultural biotechnology", "electric vehicle industry"]
    );
}

#[test]
fn a_noun_before_industry_names_a_sector_but_generic_words_do_not() {
    let s = typed(
        "The nickel processing industry grew while the private sector and other industries shrank.",
        EntityType::Sector,
    );
    assert_eq!(s, ["nickel processing industry"]);
}

#[test]
fn ambiguous_sector_terms_need_a_clear_neighbour() {
    assert!(
        typed(
            "The firm praised its complete supply chain in tech-driven fields.",
            EntityType::Sector
        )
        .is_empty()
    );
    assert!(
        typed("Banking rebounded.", EntityType::Sector).is_empty(),
        "a single common word needs context"
    );
}

#[test]
fn place_names_from_their_opening_word_and_compass_words() {
    let p = typed(
        "Boats left Port Douglas for Lake Kariba, far from Far North Queensland.",
        EntityType::Place,
    );
    assert!(
        p.contains(&"Port Douglas".to_string()) && p.contains(&"Lake Kariba".to_string()),
        "{p:?}"
    );
}

#[test]
fn possessives_split_only_after_a_known_owner() {
    let i = typed(
        "Reporters at Lloyd's List asked China's Ministry of Commerce.",
        EntityType::Institution,
    );
    assert!(i.iter().any(|x| x == "Ministry of Commerce"), "{i:?}");
    assert!(!i.iter().any(|x| x == "List"), "{i:?}");
}

#[test]
fn an_unknown_owner_and_a_headed_name_are_one_institution() {
    let i = typed(
        "Doctors at St Columba's University Hospital walked out.",
        EntityType::Institution,
    );
    assert_eq!(i, ["St Columba's University Hospital"]);
}
