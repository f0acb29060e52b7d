//! The trained named-entity tagger: an averaged perceptron over hashed
//! features with Viterbi decoding of BIO tags (PER, ORG, LOC, MISC), run in
//! two stages so that what the first stage found anywhere in a document can
//! inform every other occurrence (see `votes`). Weights trained on
//! CoNLL-2003 ship inside the binary (`data/model/ner.bin`).

pub mod builtin;
pub mod conll;
mod decode;
mod encode;
pub mod eval;
mod features;
pub mod lexicon;
mod model;
pub mod train;
mod votes;

#[cfg(test)]
mod end_to_end;

use std::path::Path;
use std::sync::OnceLock;

pub use builtin::BuiltinLexicon;
pub use lexicon::{Lexicon, NoLexicon, WordListLexicon};
pub use model::ModelError;

use conll::{NUM_TAGS, O, is_begin, is_inside, type_of};
use decode::{Viterbi, margin};
use features::{DocTokens, token_features};
use model::Model;
use votes::stage2_features;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityLabel {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityLabel {
    fn from_type(k: usize) -> EntityLabel {
        [Self::Per, Self::Org, Self::Loc, Self::Misc][k]
    }

    pub fn as_str(self) -> &'static str {
        conll::TYPES[self as usize]
    }
}

/// An entity found by the tagger: tokens `start..end` of its sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaggedSpan {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    /// In (0, 1): a squashed score margin, higher = evidence more one-sided.
    pub confidence: f32,
}

pub struct Tagger {
    model: Model,
}

static EMBEDDED: &[u8] = include_bytes!("../../data/model/ner.bin");

/// Squashes a perceptron score margin; the divisor puts typical margins of
/// confident decisions near 0.9 and is not calibrated further.
fn squash(m: f32) -> f32 {
    1.0 / (1.0 + (-m / 4.0).exp())
}

impl Tagger {
    /// The weights compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::from_bytes(EMBEDDED).expect("embedded data/model/ner.bin is a valid model")
        })
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Ok(Tagger {
            model: Model::from_bytes(bytes)?,
        })
    }

    pub fn load(path: &Path) -> Result<Tagger, ModelError> {
        Tagger::from_bytes(&std::fs::read(path)?)
    }

    pub(crate) fn from_model(model: Model) -> Tagger {
        Tagger { model }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    pub fn n_features(&self) -> usize {
        self.model.n_features()
    }

    /// Tags each sentence of one document; spans are per sentence.
    pub fn tag_document(
        &self,
        sentences: &[Vec<&str>],
        lexicon: &dyn Lexicon,
    ) -> Vec<Vec<TaggedSpan>> {
        let (tags, margins) = self.tag_ids(sentences, lexicon);
        tags.iter()
            .zip(&margins)
            .map(|(t, m)| spans(t, m))
            .collect()
    }

    /// BIO tag ids and per-token margins for every sentence of a document.
    pub fn tag_ids(
        &self,
        sentences: &[Vec<&str>],
        lexicon: &dyn Lexicon,
    ) -> (Vec<Vec<u8>>, Vec<Vec<f32>>) {
        let doc = DocTokens::new(sentences, lexicon);
        let m = &self.model;
        let mut feats = Vec::with_capacity(128);
        let mut vit = Viterbi::default();
        let mut em = Vec::new();
        let mut base: Vec<(Vec<u32>, Vec<usize>)> = Vec::with_capacity(sentences.len());
        let mut tags1 = Vec::with_capacity(sentences.len());
        for toks in &doc.sentences {
            let mut slots = Vec::with_capacity(toks.len() * 48);
            let mut offs = Vec::with_capacity(toks.len() + 1);
            offs.push(0);
            em.clear();
            for i in 0..toks.len() {
                feats.clear();
                token_features(&doc, toks, i, &mut feats);
                slots.extend(feats.iter().filter_map(|&f| m.lookup(f)));
                offs.push(slots.len());
                let mut acc = [0i32; NUM_TAGS];
                m.accumulate(0, &slots[offs[i]..], &mut acc);
                em.extend(acc.iter().map(|&a| a as f32 * m.scale[0]));
            }
            let mut out = Vec::new();
            vit.decode(&em, &m.trans[0], &mut out);
            tags1.push(out);
            base.push((slots, offs));
        }
        let votes = votes::doc_votes(&doc.sentences, &tags1);
        let mut tags = Vec::with_capacity(sentences.len());
        let mut margins = Vec::with_capacity(sentences.len());
        let mut extra = Vec::with_capacity(16);
        for (s, toks) in doc.sentences.iter().enumerate() {
            let (slots, offs) = &base[s];
            em.clear();
            for i in 0..toks.len() {
                feats.clear();
                stage2_features(toks, &votes[s], i, &mut feats);
                extra.clear();
                extra.extend(feats.iter().filter_map(|&f| m.lookup(f)));
                let mut acc = [0i32; NUM_TAGS];
                m.accumulate(1, &slots[offs[i]..offs[i + 1]], &mut acc);
                m.accumulate(1, &extra, &mut acc);
                em.extend(acc.iter().map(|&a| a as f32 * m.scale[1]));
            }
            let mut out = Vec::new();
            vit.decode(&em, &m.trans[1], &mut out);
            margins.push(
                out.iter()
                    .enumerate()
                    .map(|(i, &t)| margin(&em[i * NUM_TAGS..(i + 1) * NUM_TAGS], t))
                    .collect(),
            );
            tags.push(out);
        }
        (tags, margins)
    }
}

/// Spans from well-formed BIO tags (the decoder guarantees well-formedness).
fn spans(tags: &[u8], margins: &[f32]) -> Vec<TaggedSpan> {
    let mut out: Vec<TaggedSpan> = Vec::new();
    let mut min_margin = f32::INFINITY;
    for (i, &t) in tags.iter().enumerate() {
        if is_inside(t)
            && let Some(last) = out.last_mut()
            && last.end == i
        {
            last.end = i + 1;
            min_margin = min_margin.min(margins[i]);
            last.confidence = squash(min_margin);
            continue;
        }
        if t != O && (is_begin(t) || is_inside(t)) {
            min_margin = margins[i];
            out.push(TaggedSpan {
                start: i,
                end: i + 1,
                label: EntityLabel::from_type(type_of(t)),
                confidence: squash(min_margin),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_tags_empty_input() {
        let t = Tagger::embedded();
        assert!(t.tag_document(&[], &NoLexicon).is_empty());
        let r = t.tag_document(&[vec![]], &NoLexicon);
        assert_eq!(r.len(), 1);
        assert!(r[0].is_empty());
    }

    #[test]
    fn spans_from_tags() {
        let s = spans(&[1, 2, 0, 5, 7], &[3.0, 1.0, 2.0, 8.0, 0.0]);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].start, s[0].end, s[0].label), (0, 2, EntityLabel::Per));
        assert!((s[0].confidence - squash(1.0)).abs() < 1e-6);
        assert_eq!((s[2].start, s[2].label), (4, EntityLabel::Misc));
    }
}
