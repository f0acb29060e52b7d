//! End-to-end tests of the tagger: training on a tiny hand-written corpus,
//! the serialised model behaving like the trained one, and (only when the
//! shared CoNLL files exist) a sanity check of the shipped weights.

use super::conll::{self, parse};
use super::train::{TrainConfig, train};
use super::*;

/// Hand-written sentences (not from any corpus) in CoNLL layout.
fn tiny_corpus() -> String {
    let sents: &[&[(&str, &str)]] = &[
        &[
            ("Anna", "B-PER"),
            ("Berg", "I-PER"),
            ("visited", "O"),
            ("Oslo", "B-LOC"),
            (".", "O"),
        ],
        &[
            ("Acme", "B-ORG"),
            ("Corp", "I-ORG"),
            ("hired", "O"),
            ("Anna", "B-PER"),
            ("Berg", "I-PER"),
            (".", "O"),
        ],
        &[("Oslo", "B-LOC"), ("is", "O"), ("cold", "O"), (".", "O")],
        &[
            ("Tom", "B-PER"),
            ("Lund", "I-PER"),
            ("left", "O"),
            ("Acme", "B-ORG"),
            ("Corp", "I-ORG"),
            (".", "O"),
        ],
        &[
            ("Lima", "B-LOC"),
            ("welcomed", "O"),
            ("Tom", "B-PER"),
            ("Lund", "I-PER"),
            (".", "O"),
        ],
        &[
            ("the", "O"),
            ("Swedish", "B-MISC"),
            ("team", "O"),
            ("won", "O"),
            (".", "O"),
        ],
    ];
    let mut text = String::from("-DOCSTART- -X- -X- O\n\n");
    for s in sents {
        for (w, t) in s.iter() {
            text.push_str(&format!("{w} X X {t}\n"));
        }
        text.push('\n');
    }
    text
}

#[test]
fn learns_a_tiny_corpus_and_survives_serialisation() {
    let docs = parse(&tiny_corpus());
    let cfg = TrainConfig {
        epochs: 10,
        folds: 2,
        min_count: 1,
        ..TrainConfig::default()
    };
    let tagger = train(&docs, &docs, &NoLexicon, &cfg, &|_| {});
    let sent = vec!["Anna", "Berg", "visited", "Lima", "."];
    let spans = tagger.tag_document(std::slice::from_ref(&sent), &NoLexicon);
    let got: Vec<_> = spans[0].iter().map(|s| (s.start, s.end, s.label)).collect();
    assert_eq!(
        got,
        vec![(0, 2, EntityLabel::Per), (3, 4, EntityLabel::Loc)]
    );
    assert!(
        spans[0]
            .iter()
            .all(|s| s.confidence > 0.0 && s.confidence < 1.0)
    );
    let again = Tagger::from_bytes(&tagger.to_bytes()).unwrap();
    assert_eq!(again.tag_document(&[sent], &NoLexicon), spans);
    // Training is deterministic: same data, same bytes.
    let twice = train(&docs, &docs, &NoLexicon, &cfg, &|_| {});
    assert_eq!(twice.to_bytes(), tagger.to_bytes());
}

#[test]
fn shipped_model_finds_names_in_hand_written_news() {
    let path = std::path::Path::new("/work/shared/data/conll2003/valid.txt");
    if !path.exists() {
        eprintln!(
            "note: {} missing, only checking hand-written text",
            path.display()
        );
    }
    let t = Tagger::embedded();
    let doc = vec![
        vec![
            "President",
            "Maria",
            "Lopez",
            "met",
            "officials",
            "of",
            "the",
            "World",
            "Bank",
            "in",
            "Geneva",
            ".",
        ],
        vec!["Lopez", "said", "the", "talks", "went", "well", "."],
    ];
    let spans = t.tag_document(&doc, &BuiltinLexicon);
    let labels: Vec<_> = spans[0].iter().map(|s| (s.start, s.end, s.label)).collect();
    assert!(labels.contains(&(1, 3, EntityLabel::Per)), "{labels:?}");
    assert!(labels.contains(&(10, 11, EntityLabel::Loc)), "{labels:?}");
    assert_eq!(spans[1].first().map(|s| s.label), Some(EntityLabel::Per));
}

#[test]
fn shipped_model_scores_well_on_conll_dev_when_available() {
    let path = std::path::Path::new("/work/shared/data/conll2003/valid.txt");
    let Ok(docs) = conll::read(path) else {
        eprintln!(
            "note: {} missing, skipping the dev-set check",
            path.display()
        );
        return;
    };
    let t = Tagger::embedded();
    let mut sc = eval::Scorer::default();
    for d in &docs {
        let words: Vec<Vec<&str>> = d
            .sentences
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let (tags, _) = t.tag_ids(&words, &BuiltinLexicon);
        for (s, p) in d.sentences.iter().zip(&tags) {
            let pred: Vec<String> = p.iter().map(|&x| conll::tag_name(x)).collect();
            sc.add(&s.tags, &pred);
        }
    }
    assert!(sc.overall().f1 > 90.0, "dev F1 {}", sc.overall().f1);
}
