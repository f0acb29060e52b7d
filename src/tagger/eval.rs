//! conlleval-style scoring: spans are extracted from tag strings with the same
//! start/end rules as the conlleval script (so IOB1 and IOB2 read alike) and a
//! predicted span counts only if its start, end and type all match a gold span.

use std::collections::HashSet;

use super::conll::TYPES;

/// One chunk: (start, end exclusive, type name).
pub type Chunk = (usize, usize, String);

fn split(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((p, t)) => (p, t),
        None => ("O", ""),
    }
}

fn end_of_chunk(prev: (&str, &str), cur: (&str, &str)) -> bool {
    let (pt, ptype) = prev;
    let (t, ty) = cur;
    matches!((pt, t), ("B", "B") | ("B", "O") | ("I", "B") | ("I", "O"))
        || (pt != "O" && ptype != ty)
}

fn start_of_chunk(prev: (&str, &str), cur: (&str, &str)) -> bool {
    let (pt, ptype) = prev;
    let (t, ty) = cur;
    matches!((pt, t), ("B", "B") | ("I", "B") | ("O", "B") | ("O", "I"))
        || (t != "O" && ptype != ty)
}

/// Chunks of one sentence's tag strings, conlleval's way.
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut prev = ("O", "");
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let cur = split(tag.as_ref());
        if end_of_chunk(prev, cur)
            && let Some((s, ty)) = open.take()
        {
            out.push((s, i, ty));
        }
        if start_of_chunk(prev, cur) {
            open = Some((i, cur.1.to_string()));
        }
        prev = cur;
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty));
    }
    out
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

#[derive(Debug, Clone, Default)]
struct Counts {
    correct: usize,
    guessed: usize,
    gold: usize,
}

impl Counts {
    fn prf(&self) -> Prf {
        let p = if self.guessed > 0 {
            100.0 * self.correct as f64 / self.guessed as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            100.0 * self.correct as f64 / self.gold as f64
        } else {
            0.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// Accumulates span matches over many sentences.
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    overall: Counts,
    per_type: [Counts; 4],
}

impl Scorer {
    pub fn add<S: AsRef<str>, T: AsRef<str>>(&mut self, gold: &[S], pred: &[T]) {
        let g = chunks(gold);
        let p = chunks(pred);
        let gset: HashSet<&Chunk> = g.iter().collect();
        for c in &g {
            self.count(&c.2, |k| k.gold += 1);
        }
        for c in &p {
            self.count(&c.2, |k| k.guessed += 1);
            if gset.contains(c) {
                self.count(&c.2, |k| k.correct += 1);
            }
        }
    }

    fn count(&mut self, ty: &str, f: impl Fn(&mut Counts)) {
        f(&mut self.overall);
        if let Some(k) = TYPES.iter().position(|t| *t == ty) {
            f(&mut self.per_type[k]);
        }
    }

    pub fn overall(&self) -> Prf {
        self.overall.prf()
    }

    /// Scores in [`TYPES`] order.
    pub fn per_type(&self) -> [Prf; 4] {
        std::array::from_fn(|k| self.per_type[k].prf())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_follow_conlleval_for_iob1_and_iob2() {
        let iob2 = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"];
        assert_eq!(
            chunks(&iob2),
            vec![
                (0, 2, "PER".to_string()),
                (3, 4, "LOC".to_string()),
                (4, 5, "LOC".to_string()),
                (5, 6, "ORG".to_string())
            ]
        );
        let iob1 = ["I-PER", "I-PER", "O", "I-LOC"];
        assert_eq!(
            chunks(&iob1),
            vec![(0, 2, "PER".to_string()), (3, 4, "LOC".to_string())]
        );
    }

    #[test]
    fn exact_match_scoring_gives_known_prf() {
        let mut s = Scorer::default();
        // gold: PER(0,2) LOC(3,4) ORG(5,6); pred: PER(0,1) wrong end, LOC right, ORG right, MISC extra.
        s.add(
            &["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"],
            &["B-PER", "O", "O", "B-LOC", "O", "B-ORG", "B-MISC"],
        );
        let o = s.overall();
        assert!((o.precision - 50.0).abs() < 1e-9);
        assert!((o.recall - 200.0 / 3.0).abs() < 1e-9);
        assert!((o.f1 - 2.0 * 50.0 * (200.0 / 3.0) / (50.0 + 200.0 / 3.0)).abs() < 1e-9);
        let per = s.per_type();
        assert_eq!(per[0].f1, 0.0);
        assert_eq!(per[2].f1, 100.0);
    }
}
