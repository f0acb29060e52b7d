//! Document-level consistency: after the first stage has tagged a whole
//! document, every capitalised token learns how the first stage labelled the
//! same word elsewhere in that document. The second stage turns these votes
//! into features, so "Moon" alone is PER when "Moon Chung In" was PER.

use std::collections::HashMap;

use super::conll::{O, is_inside, type_of};
use super::features::{DocVote, TokInfo, letters_hash};

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
