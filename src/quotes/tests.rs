use super::*;
use crate::mentions::{default_finder, find_mentions};
use crate::resolve::{find_roles, resolve};

/// (statement kind, text, speaker name) for an article.
fn statements(text: &str) -> Vec<(StatementKind, String, Option<String>)> {
    let doc = Document::parse("t", text);
    let mentions = find_mentions(&doc, default_finder());
    let res = resolve(&doc, &mentions);
    let roles = find_roles(&doc, &mentions, &res);
    find_statements(&doc, &mentions, &res, &roles)
        .into_iter()
        .map(|s| {
            (
                s.kind,
                s.text,
                s.speaker.map(|e| res.entities[e].name.clone()),
            )
        })
        .collect()
}

fn direct(text: &str) -> Vec<(String, Option<String>)> {
    statements(text)
        .into_iter()
        .filter(|s| s.0 == StatementKind::Direct)
        .map(|s| (s.1, s.2))
        .collect()
}

#[test]
fn speaker_after_and_before_the_verb() {
    let q = direct(
        "\"Trade will grow this year,\" said Ana Lima.\n\"Prices will fall soon enough,\" Tomas Berg said.",
    );
    assert_eq!(
        q[0],
        ("Trade will grow this year".into(), Some("Ana Lima".into()))
    );
    assert_eq!(q[1].1.as_deref(), Some("Tomas Berg"));
}

#[test]
fn colon_and_according_to() {
    let q = direct(
        "Ana Lima said: \"We will sign the deal soon.\"\nAccording to Tomas Berg, \"the market is not ready yet.\"",
    );
    assert_eq!(q[0].1.as_deref(), Some("Ana Lima"));
    assert_eq!(q[1].1.as_deref(), Some("Tomas Berg"));
}

#[test]
fn pronoun_goes_to_the_salient_subject_not_the_nearest_name() {
    let text = "Ana Lima spoke after the vote.\nLima believes Tomas Berg's plan will fail.\n\"He has ignored the farmers for years,\" she said.";
    let q = direct(text);
    assert_eq!(q[0].1.as_deref(), Some("Ana Lima"), "{q:?}");
}

#[test]
fn nested_single_quotes_do_not_split_and_scare_quotes_are_apart() {
    let text = "\"They called it a 'fair deal' but it is not,\" said Ana Lima. Critics called it \"cheap\".";
    let all = statements(text);
    let d: Vec<_> = all
        .iter()
        .filter(|s| s.0 == StatementKind::Direct)
        .collect();
    assert_eq!(d.len(), 1);
    assert!(d[0].1.contains("'fair deal' but it is not"));
    assert!(
        all.iter()
            .any(|s| s.0 == StatementKind::Scare && s.1 == "cheap")
    );
}

#[test]
fn interrupted_quote_gives_two_statements_by_one_speaker() {
    let q =
        direct("\"We will win this fight,\" Ana Lima said. \"Nobody can stop the reform now.\"");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].1.as_deref(), Some("Ana Lima"));
}

#[test]
fn quotation_over_two_paragraphs_has_one_speaker() {
    let text = "Ana Lima said: \"The first part of the plan is done.\n\"The second part starts next month,\" she added.";
    let q = direct(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(
        q.iter().all(|x| x.1.as_deref() == Some("Ana Lima")),
        "{q:?}"
    );
}

#[test]
fn unbalanced_mark_never_runs_away() {
    let text = "Ana Lima said \"the deal is off for now.\nTomas Berg disagreed with the decision.\nA third paragraph follows here.";
    let q = direct(text);
    assert!(q.iter().all(|x| !x.0.contains("Tomas")), "{q:?}");
}

#[test]
fn reported_speech_with_cue_and_speaker() {
    let all = statements("Ana Lima warned that the harvest would be late this year.");
    let r: Vec<_> = all
        .iter()
        .filter(|s| s.0 == StatementKind::Reported)
        .collect();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "the harvest would be late this year");
    assert_eq!(r[0].2.as_deref(), Some("Ana Lima"));
}

#[test]
fn british_single_quote_style() {
    let text = "‘We are running out of beds and staff,’ said Dr Ana Lima. ‘Something has to give soon.’\nHealth Secretary Tomas Berg said the money was there. ‘I don’t accept that the service is failing,’ he told MPs.";
    let q = direct(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Ana Lima"));
    assert_eq!(q[1].1.as_deref(), Some("Ana Lima"));
    assert_eq!(q[2].1.as_deref(), Some("Tomas Berg"));
    assert!(
        q[2].0.contains("don’t accept"),
        "an apostrophe inside a word is no quotation mark"
    );
}
