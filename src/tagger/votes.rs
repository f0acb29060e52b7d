//! Document-level consistency: after the first stage has tagged a whole
//! document, every capitalised token learns how the first stage labelled the
//! same word elsewhere in that document. The second stage turns these votes
//! into features, so "Moon" alone is PER when "Moon Hae Rin" was PER.

use std::collections::HashMap;

use super::conll::{O, is_inside, type_of};
use super::features::{TokInfo, fid, fid2, letters_hash};

// Second-stage templates: the first stage's own decision and what the first
// stage said about the same word elsewhere in the document.
const T_S1: u64 = 100;
const T_S1_M1: u64 = 101;
const T_S1_P1: u64 = 102;
const T_DOC_MAJ: u64 = 103;
const T_DOC_MAJ_SS: u64 = 104;
const T_DOC_MAJ_L: u64 = 105;
const T_DOC_FRAC: u64 = 106;
const T_DOC_MULTI: u64 = 107;
const T_DOC_ACRO: u64 = 108;

/// What the first stage said elsewhere in the document about a token.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocVote {
    pub s1_tag: u8,
    /// Majority entity type (1..=4) of other occurrences, 0 = none.
    pub majority: u8,
    /// Share of other occurrences tagged as entities, bucketed 0..=3.
    pub frac_bin: u8,
    /// Majority type of other occurrences inside multi-token spans, 0 = none.
    pub multi: u8,
    /// Type of a multi-token span elsewhere whose initials spell this token.
    pub acro: u8,
}

/// Appends the second-stage-only features of token `i`.
pub fn stage2_features(toks: &[TokInfo], votes: &[DocVote], i: usize, out: &mut Vec<u64>) {
    let v = votes[i];
    let t = &toks[i];
    out.push(fid(T_S1, v.s1_tag as u64));
    out.push(fid2(
        T_S1_M1,
        i.checked_sub(1).map_or(99, |j| votes[j].s1_tag as u64),
        v.s1_tag as u64,
    ));
    out.push(fid2(
        T_S1_P1,
        votes.get(i + 1).map_or(99, |x| x.s1_tag as u64),
        v.s1_tag as u64,
    ));
    let key = v.majority as u64 * 4 + v.frac_bin as u64;
    out.push(fid(T_DOC_MAJ, key));
    out.push(fid2(T_DOC_MAJ_SS, key, t.sshape + t.caps_unknown as u64));
    out.push(fid2(T_DOC_MAJ_L, key, v.s1_tag as u64));
    out.push(fid(T_DOC_FRAC, v.frac_bin as u64));
    if v.acro != 0 {
        out.push(fid2(T_DOC_ACRO, v.acro as u64, v.s1_tag as u64));
    }
    if v.multi != 0 {
        out.push(fid2(T_DOC_MULTI, v.multi as u64, v.s1_tag as u64));
        out.push(fid(T_DOC_MULTI, v.multi as u64));
    }
}

/// Votes for every token of a document, given first-stage tags per sentence.
pub fn doc_votes(sentences: &[Vec<TokInfo>], tags: &[Vec<u8>]) -> Vec<Vec<DocVote>> {
    // Counts per lowercased form: index 0 = outside, 1..=4 = entity type.
    let mut counts: HashMap<u64, [u32; 5]> = HashMap::new();
    // Types of multi-token spans a form occurs in: a full name is stronger
    // evidence than a lone capitalised word.
    let mut in_multi: HashMap<u64, [u32; 5]> = HashMap::new();
    let slot = |tag: u8| if tag == O { 0 } else { 1 + type_of(tag) };
    let multi = |tg: &[u8], i: usize| {
        is_inside(tg[i]) || (tg[i] != O && tg.get(i + 1).is_some_and(|&n| is_inside(n)))
    };
    for (toks, tg) in sentences.iter().zip(tags) {
        for (i, (t, &tag)) in toks.iter().zip(tg).enumerate() {
            if !t.all_lower {
                counts.entry(t.lower).or_default()[slot(tag)] += 1;
                if multi(tg, i) {
                    in_multi.entry(t.lower).or_default()[slot(tag)] += 1;
                }
            }
        }
    }
    let acronyms = span_initials(sentences, tags);
    sentences
        .iter()
        .zip(tags)
        .map(|(toks, tg)| {
            toks.iter()
                .zip(tg)
                .enumerate()
                .map(|(i, (t, &tag))| {
                    let mut v = DocVote {
                        s1_tag: tag,
                        ..DocVote::default()
                    };
                    if t.all_lower {
                        return v;
                    }
                    if t.acro != 0
                        && let Some(c) = acronyms.get(&t.acro)
                    {
                        v.acro = (1..5).max_by_key(|&k| (c[k], 5 - k)).unwrap_or(0) as u8;
                    }
                    let mut m = in_multi.get(&t.lower).copied().unwrap_or_default();
                    if multi(tg, i) {
                        m[slot(tag)] -= 1;
                    }
                    v.multi = (1..5)
                        .filter(|&k| m[k] > 0)
                        .max_by_key(|&k| (m[k], 5 - k))
                        .unwrap_or(0) as u8;
                    let mut c = counts[&t.lower];
                    c[slot(tag)] -= 1;
                    let total: u32 = c.iter().sum();
                    let ent = total - c[0];
                    if total == 0 {
                        return v;
                    }
                    v.frac_bin = if ent == 0 {
                        1
                    } else if ent * 2 < total {
                        2
                    } else {
                        3
                    };
                    if ent > 0 {
                        let mut best = 1;
                        for k in 2..5 {
                            if c[k] > c[best] {
                                best = k;
                            }
                        }
                        v.majority = best as u8;
                    }
                    v
                })
                .collect()
        })
        .collect()
}

/// Entity-type counts of first-stage spans keyed by the hash of the initials
/// of their capitalised words ("International Monetary Fund" -> "IMF").
fn span_initials(sentences: &[Vec<TokInfo>], tags: &[Vec<u8>]) -> HashMap<u64, [u32; 5]> {
    let mut out: HashMap<u64, [u32; 5]> = HashMap::new();
    for (toks, tg) in sentences.iter().zip(tags) {
        let mut i = 0;
        while i < tg.len() {
            if tg[i] == O {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < tg.len() && is_inside(tg[j]) {
                j += 1;
            }
            let initials: Vec<char> = toks[i..j]
                .iter()
                .map(|t| t.initial)
                .filter(|&c| c != '\0')
                .collect();
            if initials.len() >= 2 {
                out.entry(letters_hash(initials.into_iter())).or_default()[1 + type_of(tg[i])] += 1;
            }
            i = j;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::features::DocTokens;
    use super::super::lexicon::NoLexicon;
    use super::*;

    #[test]
    fn lone_surname_gets_the_full_names_type() {
        let doc = vec![vec!["Moon", "Chung", "In", "spoke"], vec!["Moon", "left"]];
        let d = DocTokens::new(&doc, &NoLexicon);
        let tags = vec![vec![1, 2, 2, 0], vec![0, 0]];
        let v = doc_votes(&d.sentences, &tags);
        assert_eq!(v[1][0].majority, 1);
        assert_eq!(v[1][0].frac_bin, 3);
        assert_eq!(v[0][3].majority, 0);
        let doc = vec![
            vec!["the", "Asian", "Fishing", "Board", "met"],
            vec!["AFB", "said"],
        ];
        let d = DocTokens::new(&doc, &NoLexicon);
        let v = doc_votes(&d.sentences, &[vec![0, 3, 4, 4, 0], vec![0, 0]]);
        assert_eq!(v[1][0].acro, 2);
    }
}
