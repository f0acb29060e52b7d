//! Turns a CoNLL corpus into rows of a dense weight matrix for training:
//! feature hashes are numbered in order of first appearance (so training is
//! deterministic whatever the hash map's iteration order) and stored per
//! token, so epochs after the first never hash or look anything up again.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::conll::Document;
use super::features::{DocTokens, token_features};
use super::lexicon::Lexicon;
use super::votes::{doc_votes, stage2_features};

/// Feature hashes are already well mixed, so hashing them again is waste.
#[derive(Default)]
pub(super) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys are hashed")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Default)]
pub(super) struct FeatureMap {
    map: HashMap<u64, u32, BuildHasherDefault<IdHasher>>,
    pub(super) keys: Vec<u64>,
    pub(super) rare: HashSet<u64, BuildHasherDefault<IdHasher>>,
}

impl FeatureMap {
    fn row(&mut self, key: u64, grow: bool) -> Option<u32> {
        if let Some(&r) = self.map.get(&key) {
            return Some(r);
        }
        if !grow || self.rare.contains(&key) {
            return None;
        }
        let r = self.keys.len() as u32;
        self.map.insert(key, r);
        self.keys.push(key);
        Some(r)
    }
}

/// A corpus as feature rows: token t uses `feats[tok_off[t]..tok_off[t+1]]`.
#[derive(Default)]
pub(super) struct Encoded {
    pub(super) feats: Vec<u32>,
    pub(super) tok_off: Vec<usize>,
    pub(super) sent_off: Vec<usize>,
    pub(super) gold: Vec<u8>,
    pub(super) sent_doc: Vec<usize>,
}

impl Encoded {
    pub(super) fn n_sents(&self) -> usize {
        self.sent_off.len() - 1
    }
    pub(super) fn tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.sent_off[s]..self.sent_off[s + 1]
    }
}

fn doc_tokens(doc: &Document, lexicon: &dyn Lexicon) -> DocTokens {
    let sents: Vec<Vec<&str>> = doc
        .sentences
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    DocTokens::new(&sents, lexicon)
}

/// Features of the training corpus occurring fewer than `min_count` times.
pub(super) fn rare_features(
    docs: &[Document],
    lexicon: &dyn Lexicon,
    min_count: u32,
) -> HashSet<u64, BuildHasherDefault<IdHasher>> {
    let mut counts: HashMap<u64, u32, BuildHasherDefault<IdHasher>> = HashMap::default();
    let mut feats = Vec::new();
    for doc in docs {
        let dt = doc_tokens(doc, lexicon);
        for toks in &dt.sentences {
            for i in 0..toks.len() {
                feats.clear();
                token_features(&dt, toks, i, &mut feats);
                for &f in &feats {
                    *counts.entry(f).or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n < min_count)
        .map(|(f, _)| f)
        .collect()
}

pub(super) fn encode_base(
    docs: &[Document],
    lexicon: &dyn Lexicon,
    map: &mut FeatureMap,
    grow: bool,
) -> (Encoded, Vec<DocTokens>) {
    let mut enc = Encoded {
        tok_off: vec![0],
        sent_off: vec![0],
        ..Encoded::default()
    };
    let mut feats = Vec::new();
    let dts: Vec<DocTokens> = docs.iter().map(|d| doc_tokens(d, lexicon)).collect();
    for (d, (doc, dt)) in docs.iter().zip(&dts).enumerate() {
        for (sent, toks) in doc.sentences.iter().zip(&dt.sentences) {
            for i in 0..toks.len() {
                feats.clear();
                token_features(dt, toks, i, &mut feats);
                enc.feats
                    .extend(feats.iter().filter_map(|&f| map.row(f, grow)));
                enc.tok_off.push(enc.feats.len());
            }
            enc.gold.extend(sent.tag_ids());
            enc.sent_off.push(enc.gold.len());
            enc.sent_doc.push(d);
        }
    }
    (enc, dts)
}

/// Base features plus stage-2 features from first-stage tags (one per sentence).
pub(super) fn encode_stage2(
    base: &Encoded,
    dts: &[DocTokens],
    tags1: &[Vec<u8>],
    map: &mut FeatureMap,
    grow: bool,
) -> Encoded {
    let mut enc = Encoded {
        tok_off: vec![0],
        sent_off: base.sent_off.clone(),
        gold: base.gold.clone(),
        sent_doc: base.sent_doc.clone(),
        ..Encoded::default()
    };
    let mut feats = Vec::new();
    let mut s = 0;
    for dt in dts {
        let n = dt.sentences.len();
        let votes = doc_votes(&dt.sentences, &tags1[s..s + n]);
        for (toks, v) in dt.sentences.iter().zip(&votes) {
            for (i, t) in base.tokens(s).enumerate() {
                enc.feats
                    .extend_from_slice(&base.feats[base.tok_off[t]..base.tok_off[t + 1]]);
                feats.clear();
                stage2_features(toks, v, i, &mut feats);
                enc.feats
                    .extend(feats.iter().filter_map(|&f| map.row(f, grow)));
                enc.tok_off.push(enc.feats.len());
            }
            s += 1;
        }
    }
    enc
}
