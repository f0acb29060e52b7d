use super::*;
use crate::mentions::{default_finder, find_mentions};

fn resolved(text: &str) -> (Document, Vec<Mention>, Resolution) {
    let doc = Document::parse("t", text);
    let mentions = find_mentions(&doc, default_finder());
    let res = resolve(&doc, &mentions);
    (doc, mentions, res)
}

fn entity<'r>(res: &'r Resolution, name: &str) -> &'r Entity {
    res.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name}: {:?}",
                res.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

#[test]
fn every_name_of_a_country_is_one_entity() {
    let (_, _, res) = resolve_text(
        "The Republic of Korea (ROK) and South Korea's allies met. ROK officials smiled.",
    );
    let kr = entity(&res, "South Korea");
    assert_eq!(kr.key, "country:KOR");
    for f in ["Republic of Korea", "ROK", "South Korea"] {
        assert!(kr.forms.iter().any(|x| x == f), "{:?}", kr.forms);
    }
}

fn resolve_text(text: &str) -> (Document, Vec<Mention>, Resolution) {
    resolved(text)
}

#[test]
fn surname_goes_to_the_family_name_not_a_given_name() {
    let text = "Park Ji Moon heads the agency. Moon Hae Rin, a professor, disagreed. Moon said the plan failed.";
    let (_, _, res) = resolved(text);
    let moon = entity(&res, "Moon Hae Rin");
    assert!(moon.forms.iter().any(|f| f == "Moon"), "{:?}", moon.forms);
    let park = entity(&res, "Park Ji Moon");
    assert!(!park.forms.iter().any(|f| f == "Moon"), "{:?}", park.forms);
}

#[test]
fn western_surname_links_to_the_last_word() {
    let (_, _, res) = resolved("Maria Castillo spoke first. Later Castillo left.");
    assert!(
        entity(&res, "Maria Castillo")
            .forms
            .contains(&"Castillo".to_string())
    );
}

#[test]
fn two_people_sharing_a_surname_stay_two() {
    let (_, _, res) = resolved("Maria Santos met Jose Santos in Manila.");
    assert_ne!(
        entity(&res, "Maria Santos").key,
        entity(&res, "Jose Santos").key
    );
}

#[test]
fn acronyms_defined_both_ways() {
    let (_, _, res) = resolved(
        "The Andes Research Institute (ARI) grew. GRAIN (Ghana Root Alliance Institute) too. ARI and GRAIN agreed.",
    );
    assert!(
        entity(&res, "Andes Research Institute")
            .forms
            .contains(&"ARI".to_string())
    );
    assert!(
        entity(&res, "Ghana Root Alliance Institute")
            .forms
            .contains(&"GRAIN".to_string())
    );
}

#[test]
fn romanisation_variants_merge() {
    let (_, _, res) = resolved("Lee Soo-min spoke. Then Lee Soo Min left.");
    let people: Vec<_> = res
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
}

#[test]
fn ministry_written_two_ways_is_one_institution() {
    let (_, _, res) = resolved(
        "The Ministry of Trade and Industry said so. The Trade and Industry Ministry agreed.",
    );
    let insts: Vec<_> = res
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Institution)
        .collect();
    assert_eq!(insts.len(), 1, "{insts:?}");
}

#[test]
fn roles_from_titles_and_appositives() {
    let text = "Former Peruvian President Rosa Quispe Mamani visited. Ana Lima, a professor of Andes University, spoke.";
    let (doc, mentions, res) = resolved(text);
    let roles = find_roles(&doc, &mentions, &res);
    let show: Vec<(String, String, Option<String>)> = roles
        .iter()
        .map(|r| {
            (
                res.entities[r.person].name.clone(),
                r.title.clone(),
                r.of.map(|o| res.entities[o].name.clone()),
            )
        })
        .collect();
    assert!(
        show.contains(&(
            "Rosa Quispe Mamani".into(),
            "former president".into(),
            Some("Peru".into())
        )),
        "{show:?}"
    );
    assert!(
        show.contains(&(
            "Ana Lima".into(),
            "professor".into(),
            Some("Andes University".into())
        )),
        "{show:?}"
    );
}

fn roles_of(text: &str) -> Vec<(String, String, Option<String>)> {
    let (doc, mentions, res) = resolved(text);
    find_roles(&doc, &mentions, &res)
        .iter()
        .map(|r| {
            (
                res.entities[r.person].name.clone(),
                r.title.clone(),
                r.of.map(|o| res.entities[o].name.clone()),
            )
        })
        .collect()
}

#[test]
fn roles_from_of_phrases_relative_clauses_and_title_first_appositives() {
    let r = roles_of(
        "Political analyst Rosa Vidal of the Andes Policy Institute spoke. Andes Mining Corp said output fell. Its director, Tomas Berg, agreed. Berg met Ana Lima, who chairs the Lima Port Authority.",
    );
    assert!(
        r.iter()
            .any(|(p, _, of)| p == "Rosa Vidal" && of.as_deref() == Some("Andes Policy Institute")),
        "{r:?}"
    );
    assert!(
        r.iter().any(|(p, t, of)| p == "Tomas Berg"
            && t == "director"
            && of.as_deref() == Some("Andes Mining Corp")),
        "{r:?}"
    );
    assert!(
        r.iter().any(|(p, t, of)| p == "Ana Lima"
            && t == "chair"
            && of.as_deref() == Some("Lima Port Authority")),
        "{r:?}"
    );
}

#[test]
fn short_company_names_join_the_full_name() {
    let (_, _, res) =
        resolved("Lumora Labs released a chatbot. Critics said Lumora moved too fast.");
    let inst: Vec<_> = res
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Institution)
        .collect();
    assert_eq!(inst.len(), 1, "{inst:?}");
    assert!(inst[0].forms.contains(&"Lumora".to_string()));
}

#[test]
fn a_dateline_is_not_an_acronym_definition() {
    let (_, _, res) = resolved("BEIJING (Reuters) - China and Chile agreed on Monday.");
    let beijing = res
        .entities
        .iter()
        .find(|e| e.forms.iter().any(|f| f == "BEIJING"))
        .expect("Beijing found");
    assert_eq!(beijing.kind, EntityType::Place);
    assert!(!beijing.forms.iter().any(|f| f == "Reuters"));
}

#[test]
fn roles_with_an_owner_before_the_title() {
    let r = roles_of(
        "Peru's deputy trade minister, Rosa Vidal Quispe, spoke. The Minister for Health, Tomas Berg Lindqvist, agreed.",
    );
    assert!(
        r.iter()
            .any(|(p, _, of)| p == "Rosa Vidal Quispe" && of.as_deref() == Some("Peru")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|(p, t, _)| p == "Tomas Berg Lindqvist" && t.contains("minister")),
        "{r:?}"
    );
}

#[test]
fn roles_from_the_companys_title_and_a_relative_clause() {
    let r = roles_of(
        "Loomtex Labs raised money on Monday, said Vera Okonkwo, the company's chief executive, who remains a professor of chemistry at the Lagos Institute of Technology.",
    );
    assert!(
        r.iter()
            .any(|(p, _, of)| p == "Vera Okonkwo" && of.as_deref() == Some("Loomtex Labs")),
        "{r:?}"
    );
    assert!(
        r.iter().any(|(p, _, of)| p == "Vera Okonkwo"
            && of.as_deref() == Some("Lagos Institute of Technology")),
        "{r:?}"
    );
}
