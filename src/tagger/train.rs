//! Training: averaged perceptron with lazy averaging, two stages.
//!
//! Stage 1 sees token and sentence features. Stage 2 also sees document
//! votes from stage 1 (`votes`); so that stage 2 learns how far to trust
//! stage 1 on unseen text, its training votes come from stage-1 models that
//! did not see the document (k-fold over documents). Everything is
//! deterministic: fixed seed, fixed epochs, rows numbered in data order, and
//! the folds run in parallel but independently.

use rayon::prelude::*;

use super::Tagger;
use super::conll::{Document, NUM_TAGS, tag_name};
use super::decode::{START, Transitions, Viterbi};
use super::encode::{Encoded, FeatureMap, encode_base, encode_stage2, rare_features};
use super::eval::{Prf, Scorer};
use super::lexicon::Lexicon;
use super::model::{Model, ROW, RawWeights};

#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub folds: usize,
    pub seed: u64,
    /// Features whose largest averaged weight is below this are dropped.
    pub prune: f32,
    /// Stage-1 features seen fewer times than this in training are ignored:
    /// weights fitted to one occurrence mostly memorise noise.
    pub min_count: u32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 25,
            folds: 4,
            seed: 0x5eed_2003,
            prune: 0.0,
            min_count: 2,
        }
    }
}

/// Averaged weights of one stage, indexed `row * NUM_TAGS + tag`.
struct Weights {
    w: Vec<f32>,
    trans: Transitions,
}

impl Weights {
    fn emissions(&self, enc: &Encoded, s: usize, em: &mut Vec<f32>) {
        em.clear();
        for t in enc.tokens(s) {
            let mut acc = [0f32; NUM_TAGS];
            for &f in &enc.feats[enc.tok_off[t]..enc.tok_off[t + 1]] {
                let row = &self.w[f as usize * NUM_TAGS..(f as usize + 1) * NUM_TAGS];
                for k in 0..NUM_TAGS {
                    acc[k] += row[k];
                }
            }
            em.extend_from_slice(&acc);
        }
    }

    fn predict(&self, enc: &Encoded, sents: impl Iterator<Item = usize>) -> Vec<Vec<u8>> {
        let (mut em, mut vit) = (Vec::new(), Viterbi::default());
        sents
            .map(|s| {
                self.emissions(enc, s, &mut em);
                let mut out = Vec::new();
                vit.decode(&em, &self.trans, &mut out);
                out
            })
            .collect()
    }
}

struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        super::features::fmix(self.0)
    }
}

/// Trains one averaged perceptron on sentences `sents`; `on_epoch` sees the
/// averaged weights after every epoch.
fn perceptron(
    enc: &Encoded,
    sents: &[usize],
    rows: usize,
    cfg: &TrainConfig,
    on_epoch: &mut dyn FnMut(usize, &Weights),
) -> Weights {
    let mut w = vec![0f32; rows * NUM_TAGS];
    let mut acc = vec![0f64; rows * NUM_TAGS];
    let mut trans: Transitions = [0.0; (NUM_TAGS + 1) * NUM_TAGS];
    let mut tacc = [0f64; (NUM_TAGS + 1) * NUM_TAGS];
    let mut c = 1f64;
    let mut order = sents.to_vec();
    let mut rng = SplitMix(cfg.seed);
    let (mut em, mut vit, mut pred) = (Vec::new(), Viterbi::default(), Vec::new());
    let average = |w: &[f32], acc: &[f64], trans: &Transitions, tacc: &[f64], c: f64| Weights {
        w: w.iter()
            .zip(acc)
            .map(|(&x, &a)| (x as f64 - a / c) as f32)
            .collect(),
        trans: std::array::from_fn(|k| (trans[k] as f64 - tacc[k] / c) as f32),
    };
    for epoch in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &s in &order {
            let cur = Weights {
                w: Vec::new(),
                trans,
            };
            em.clear();
            for t in enc.tokens(s) {
                let mut a = [0f32; NUM_TAGS];
                for &f in &enc.feats[enc.tok_off[t]..enc.tok_off[t + 1]] {
                    let row = &w[f as usize * NUM_TAGS..(f as usize + 1) * NUM_TAGS];
                    for k in 0..NUM_TAGS {
                        a[k] += row[k];
                    }
                }
                em.extend_from_slice(&a);
            }
            vit.decode(&em, &cur.trans, &mut pred);
            let gold = &enc.gold[enc.tokens(s)];
            if pred.as_slice() != gold {
                for (i, t) in enc.tokens(s).enumerate() {
                    let (g, p) = (gold[i] as usize, pred[i] as usize);
                    let (gp, pp) = if i == 0 {
                        (START, START)
                    } else {
                        (gold[i - 1] as usize, pred[i - 1] as usize)
                    };
                    if (gp, g) != (pp, p) {
                        trans[gp * NUM_TAGS + g] += 1.0;
                        tacc[gp * NUM_TAGS + g] += c;
                        trans[pp * NUM_TAGS + p] -= 1.0;
                        tacc[pp * NUM_TAGS + p] -= c;
                    }
                    if g == p {
                        continue;
                    }
                    for &f in &enc.feats[enc.tok_off[t]..enc.tok_off[t + 1]] {
                        let r = f as usize * NUM_TAGS;
                        w[r + g] += 1.0;
                        acc[r + g] += c;
                        w[r + p] -= 1.0;
                        acc[r + p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        on_epoch(epoch + 1, &average(&w, &acc, &trans, &tacc, c));
    }
    average(&w, &acc, &trans, &tacc, c)
}

fn score(enc: &Encoded, pred: &[Vec<u8>]) -> Scorer {
    let mut sc = Scorer::default();
    for (s, p) in pred.iter().enumerate() {
        let gold: Vec<String> = enc.gold[enc.tokens(s)]
            .iter()
            .map(|&t| tag_name(t))
            .collect();
        let pred: Vec<String> = p.iter().map(|&t| tag_name(t)).collect();
        sc.add(&gold, &pred);
    }
    sc
}

fn fmt(p: Prf) -> String {
    format!("P {:.2} R {:.2} F1 {:.2}", p.precision, p.recall, p.f1)
}

/// Trains both stages; `log` receives progress lines (dev F1 per epoch).
pub fn train(
    train_docs: &[Document],
    dev_docs: &[Document],
    lexicon: &dyn Lexicon,
    cfg: &TrainConfig,
    log: &(dyn Fn(&str) + Sync),
) -> Tagger {
    let mut map = FeatureMap::default();
    if cfg.min_count > 1 {
        map.rare = rare_features(train_docs, lexicon, cfg.min_count);
    }
    let (tr, tr_dts) = encode_base(train_docs, lexicon, &mut map, true);
    let (dv, dv_dts) = encode_base(dev_docs, lexicon, &mut map, false);
    let rows1 = map.keys.len();
    log(&format!(
        "stage 1: {} sentences, {} tokens, {} features; {} folds for stage-2 votes",
        tr.n_sents(),
        tr.gold.len(),
        rows1,
        cfg.folds
    ));
    let folds = cfg.folds.max(2);
    // Job `folds` is the full stage-1 model (the only one that logs); the
    // others are the k-fold models whose predictions train stage 2.
    let jobs: Vec<(Weights, Vec<usize>)> = (0..=folds)
        .into_par_iter()
        .map(|f| {
            let all: Vec<usize> = (0..tr.n_sents()).collect();
            if f == folds {
                let mut on_epoch = |e: usize, w: &Weights| {
                    let p = w.predict(&dv, 0..dv.n_sents());
                    log(&format!(
                        "stage 1 epoch {e:2}: dev {}",
                        fmt(score(&dv, &p).overall())
                    ));
                };
                (perceptron(&tr, &all, rows1, cfg, &mut on_epoch), Vec::new())
            } else {
                let (held, keep): (Vec<usize>, Vec<usize>) =
                    all.into_iter().partition(|&s| tr.sent_doc[s] % folds == f);
                (perceptron(&tr, &keep, rows1, cfg, &mut |_, _| {}), held)
            }
        })
        .collect();
    let mut tags1 = vec![Vec::new(); tr.n_sents()];
    for (w, held) in &jobs[..folds] {
        for (s, p) in held.iter().zip(w.predict(&tr, held.iter().copied())) {
            tags1[*s] = p;
        }
    }
    let s1 = &jobs[folds].0;
    let cv = score(&tr, &tags1).overall();
    log(&format!("stage 1 cross-validated on train: {}", fmt(cv)));
    let dev_tags1 = s1.predict(&dv, 0..dv.n_sents());
    let tr2 = encode_stage2(&tr, &tr_dts, &tags1, &mut map, true);
    let dv2 = encode_stage2(&dv, &dv_dts, &dev_tags1, &mut map, false);
    let rows2 = map.keys.len();
    let all: Vec<usize> = (0..tr2.n_sents()).collect();
    let mut on_epoch = |e: usize, w: &Weights| {
        let p = w.predict(&dv2, 0..dv2.n_sents());
        log(&format!(
            "stage 2 epoch {e:2}: dev {}",
            fmt(score(&dv2, &p).overall())
        ));
    };
    let s2 = perceptron(&tr2, &all, rows2, cfg, &mut on_epoch);
    let mut rows = Vec::with_capacity(rows2);
    for (r, &key) in map.keys.iter().enumerate() {
        let mut row = [0f32; ROW];
        if r < rows1 {
            row[..NUM_TAGS].copy_from_slice(&s1.w[r * NUM_TAGS..(r + 1) * NUM_TAGS]);
        }
        row[NUM_TAGS..].copy_from_slice(&s2.w[r * NUM_TAGS..(r + 1) * NUM_TAGS]);
        let big = row.iter().fold(0f32, |m, &x| m.max(x.abs()));
        if big > cfg.prune && big > 0.0 {
            rows.push((key, row));
        }
    }
    log(&format!("kept {} of {} features", rows.len(), rows2));
    Tagger::from_model(Model::quantise(&RawWeights {
        rows,
        trans: [s1.trans, s2.trans],
    }))
}
