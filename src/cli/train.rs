//! `newsgraph train` and `newsgraph eval`: the tagger's training and
//! evaluation commands (owned by the tagger work; see `crate::tagger`).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::Args;

use crate::tagger::conll::{self, TYPES, tag_name};
use crate::tagger::eval::{Prf, Scorer};
use crate::tagger::train::TrainConfig;
use crate::tagger::{BuiltinLexicon, Lexicon, Tagger};

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// CoNLL-2003 training file.
    #[arg(long)]
    pub train: PathBuf,
    /// CoNLL-2003 development file, scored after every epoch.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the weights.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Training epochs for each stage.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    pub epochs: usize,
    /// Drop features whose largest averaged weight is at most this.
    #[arg(long, default_value_t = TrainConfig::default().prune)]
    pub prune: f32,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to evaluate: `conll`.
    pub what: String,
    /// The file to evaluate on.
    pub file: PathBuf,
    /// Weights to evaluate instead of the embedded ones.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The lexicon the shipped model is trained and evaluated with. One place to
/// rewire when the team gazetteer implements `Lexicon` (then retrain).
fn lexicon() -> &'static dyn Lexicon {
    &BuiltinLexicon
}

pub fn train(args: &TrainArgs) -> anyhow::Result<()> {
    let train_docs = conll::read(&args.train)?;
    let dev_docs = conll::read(&args.dev)?;
    let cfg = TrainConfig {
        epochs: args.epochs,
        prune: args.prune,
        ..TrainConfig::default()
    };
    let start = Instant::now();
    let tagger = crate::tagger::train::train(&train_docs, &dev_docs, lexicon(), &cfg, &|line| {
        println!("{line}")
    });
    let bytes = tagger.to_bytes();
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("cannot write model {}", args.output.display()))?;
    println!(
        "wrote {} ({} bytes, {} features) in {:.1}s",
        args.output.display(),
        bytes.len(),
        tagger.n_features(),
        start.elapsed().as_secs_f64()
    );
    let (sc, tps) = score(&Tagger::from_bytes(&bytes)?, &dev_docs);
    println!("final dev (quantised model): {}", line(sc.overall()));
    println!("tokens/s: {tps:.0}");
    Ok(())
}

fn score(tagger: &Tagger, docs: &[conll::Document]) -> (Scorer, f64) {
    let lex = lexicon();
    let words: Vec<Vec<Vec<&str>>> = docs
        .iter()
        .map(|d| {
            d.sentences
                .iter()
                .map(|s| s.words.iter().map(String::as_str).collect())
                .collect()
        })
        .collect();
    let start = Instant::now();
    let tagged: Vec<Vec<Vec<u8>>> = words.iter().map(|d| tagger.tag_ids(d, lex).0).collect();
    let secs = start.elapsed().as_secs_f64();
    let mut sc = Scorer::default();
    let mut tokens = 0usize;
    for (doc, tags) in docs.iter().zip(&tagged) {
        for (s, t) in doc.sentences.iter().zip(tags) {
            tokens += t.len();
            let pred: Vec<String> = t.iter().map(|&x| tag_name(x)).collect();
            sc.add(&s.tags, &pred);
        }
    }
    (sc, tokens as f64 / secs.max(1e-9))
}

fn line(p: Prf) -> String {
    format!(
        "precision {:6.2}%  recall {:6.2}%  F1 {:6.2}",
        p.precision, p.recall, p.f1
    )
}

fn prf_json(p: Prf) -> serde_json::Value {
    serde_json::json!({"precision": p.precision, "recall": p.recall, "f1": p.f1})
}

pub fn eval(args: &EvalArgs) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.what == "conll",
        "unknown evaluation `{}` (expected `conll`)",
        args.what
    );
    let docs = conll::read(&args.file)?;
    let loaded;
    let load_start = Instant::now();
    let tagger = match &args.model {
        Some(p) => {
            loaded =
                Tagger::load(p).with_context(|| format!("cannot load model {}", p.display()))?;
            &loaded
        }
        None => Tagger::embedded(),
    };
    let load_ms = load_start.elapsed().as_secs_f64() * 1e3;
    let (sc, tps) = score(tagger, &docs);
    let per = sc.per_type();
    if args.json {
        let mut per_type = serde_json::Map::new();
        for (k, ty) in TYPES.iter().enumerate() {
            per_type.insert(ty.to_string(), prf_json(per[k]));
        }
        let v = serde_json::json!({
            "overall": prf_json(sc.overall()),
            "per_type": per_type,
            "tokens_per_sec": tps,
        });
        println!("{v}");
    } else {
        for (k, ty) in TYPES.iter().enumerate() {
            println!("{ty:>8}: {}", line(per[k]));
        }
        println!("{:>8}: {}", "overall", line(sc.overall()));
        println!("tokens/s: {tps:.0}");
        println!(
            "model load: {load_ms:.1} ms ({} features)",
            tagger.n_features()
        );
    }
    Ok(())
}
