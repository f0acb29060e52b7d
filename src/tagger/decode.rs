//! Viterbi decoding over the 9 BIO tags with first-order transition weights.
//! Forbidden BIO transitions (O -> I-X, B-X -> I-Y, sentence start -> I-X)
//! are excluded outright rather than learnt, so output spans are always well
//! formed even for inputs unlike anything seen in training.

use super::conll::{NUM_TAGS, allowed};

/// Transition weights: rows 0..9 are the previous tag, row 9 is the start.
pub type Transitions = [f32; (NUM_TAGS + 1) * NUM_TAGS];
pub const START: usize = NUM_TAGS;

/// Reusable buffers so decoding a sentence allocates nothing once warmed up.
#[derive(Default)]
pub struct Viterbi {
    score: Vec<f32>,
    back: Vec<u8>,
}

impl Viterbi {
    /// `em` holds `n * NUM_TAGS` emission scores; the best path goes to `out`.
    pub fn decode(&mut self, em: &[f32], trans: &Transitions, out: &mut Vec<u8>) {
        let n = em.len() / NUM_TAGS;
        out.clear();
        if n == 0 {
            return;
        }
        self.score.clear();
        self.score.resize(n * NUM_TAGS, f32::NEG_INFINITY);
        self.back.clear();
        self.back.resize(n * NUM_TAGS, 0);
        for t in 0..NUM_TAGS {
            if allowed(None, t as u8) {
                self.score[t] = em[t] + trans[START * NUM_TAGS + t];
            }
        }
        for i in 1..n {
            let (prev, cur) = self.score.split_at_mut(i * NUM_TAGS);
            let prev = &prev[(i - 1) * NUM_TAGS..];
            for t in 0..NUM_TAGS {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for (p, &ps) in prev.iter().enumerate() {
                    if !allowed(Some(p as u8), t as u8) {
                        continue;
                    }
                    let s = ps + trans[p * NUM_TAGS + t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                cur[t] = best + em[i * NUM_TAGS + t];
                self.back[i * NUM_TAGS + t] = arg;
            }
        }
        let last = &self.score[(n - 1) * NUM_TAGS..];
        let mut best = 0usize;
        for t in 1..NUM_TAGS {
            if last[t] > last[best] {
                best = t;
            }
        }
        out.resize(n, 0);
        out[n - 1] = best as u8;
        for i in (1..n).rev() {
            out[i - 1] = self.back[i * NUM_TAGS + out[i] as usize];
        }
    }
}

/// Margin of the chosen entity type over the best other reading of the token
/// (another type, or no entity), from the emission scores alone: cheap, and
/// large when the evidence is one-sided. B- and I- of one type count as one
/// reading, since Viterbi picks between them by the transitions, not the token.
pub fn margin(em_token: &[f32], chosen: u8) -> f32 {
    // Tag 0 is O; types k take tags 1 + 2k (B-) and 2 + 2k (I-).
    let reading = |t: usize| if t == 0 { 0 } else { 1 + (t - 1) / 2 };
    let mut best = [f32::NEG_INFINITY; 5];
    for (t, &s) in em_token.iter().enumerate() {
        let r = reading(t);
        best[r] = best[r].max(s);
    }
    let mine = reading(chosen as usize);
    let other = best
        .iter()
        .enumerate()
        .filter(|&(r, _)| r != mine)
        .map(|(_, &s)| s)
        .fold(f32::NEG_INFINITY, f32::max);
    best[mine] - other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_puts_inside_after_outside() {
        // Emissions that strongly prefer I-PER everywhere must still yield B-PER first.
        let mut em = vec![0.0f32; 3 * NUM_TAGS];
        for i in 0..3 {
            em[i * NUM_TAGS + 2] = 10.0;
            em[i * NUM_TAGS] = 1.0;
        }
        em[NUM_TAGS] = 0.0; // token 1: nothing preferred but I-PER
        em[NUM_TAGS + 2] = 10.0;
        let trans = [0.0f32; (NUM_TAGS + 1) * NUM_TAGS];
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        v.decode(&em, &trans, &mut out);
        assert_eq!(out.len(), 3);
        let mut prev = None;
        for &t in &out {
            assert!(allowed(prev, t), "{out:?}");
            prev = Some(t);
        }
        v.decode(&[], &trans, &mut out);
        assert!(out.is_empty());
    }
}
