//! Feature extraction. Every feature is a 64-bit hash of (template id, value
//! hashes): no strings are built per feature, which is what keeps tagging
//! above half a million tokens per second. Training and tagging both call
//! these functions, so the two can never disagree on a feature.
//!
//! Document context enters here too: ALL-CAPS headlines lose their casing
//! information, so a headline token borrows the casing it has elsewhere in
//! the same document ("JAPAN" is featurised as "Japan" if the body says so).

use std::collections::HashMap;

use super::lexicon::Lexicon;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

fn fnv_char(mut h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

/// splitmix64 finaliser: spreads FNV's weak low bits before table indexing.
pub fn fmix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A feature id; never 0 because 0 marks an empty slot in the weight table.
pub(super) fn fid(template: u64, value: u64) -> u64 {
    fmix(value ^ template.wrapping_mul(GOLDEN)).max(1)
}

pub(super) fn fid2(template: u64, a: u64, b: u64) -> u64 {
    fid(template, fmix(a).wrapping_add(b.rotate_left(17)))
}

/// Curly quotes behave like straight ones so typeset news matches CoNLL.
fn norm_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
        _ => c,
    }
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// Hashes of one token's forms.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokInfo {
    pub word: u64,
    pub lower: u64,
    pub shape: u64,
    pub sshape: u64,
    /// Lowercased prefixes then suffixes of length 1..=4 (0 = too short).
    pub affix: [u64; 8],
    pub lex: u32,
    /// Token is in an ALL-CAPS sentence and its casing could not be restored.
    pub caps_unknown: bool,
    pub init_cap: bool,
    pub all_lower: bool,
    pub in_quote: bool,
    pub in_paren: bool,
    /// The first letter if capitalised, else '\0'; spans' initials spell acronyms.
    pub initial: char,
    /// Hash of the letters of an acronym-like token ("IMF", "U.N."), else 0.
    pub acro: u64,
}

/// Hash of a sequence of capital letters, shared by acronyms and initials.
pub fn letters_hash(letters: impl Iterator<Item = char>) -> u64 {
    letters.fold(FNV_OFFSET, fnv_char)
}

fn acronym(token: &str) -> u64 {
    let letters = token.chars().filter(|c| *c != '.');
    let n = letters.clone().count();
    if (2..=6).contains(&n) && letters.clone().all(|c| c.is_uppercase()) {
        letters_hash(letters)
    } else {
        0
    }
}

impl TokInfo {
    pub fn new(token: &str, lexicon: &dyn Lexicon) -> TokInfo {
        let mut t = TokInfo {
            word: FNV_OFFSET,
            lower: FNV_OFFSET,
            shape: FNV_OFFSET,
            sshape: FNV_OFFSET,
            lex: lexicon.classes(token),
            ..TokInfo::default()
        };
        let (mut run_char, mut run_len) = ('\0', 0usize);
        let mut has_alpha = false;
        let mut has_upper = false;
        for (k, c) in token.chars().map(norm_char).enumerate() {
            t.word = fnv_char(t.word, c);
            for lc in c.to_lowercase() {
                t.lower = fnv_char(t.lower, lc);
            }
            if k < 4 {
                t.affix[k] = t.lower;
            }
            has_alpha |= c.is_alphabetic();
            has_upper |= c.is_uppercase();
            if k == 0 {
                t.init_cap = c.is_uppercase();
            }
            let s = shape_char(c);
            if s == run_char {
                run_len += 1;
            } else {
                run_char = s;
                run_len = 1;
                t.sshape = fnv_char(t.sshape, s);
            }
            if run_len <= 4 {
                t.shape = fnv_char(t.shape, s);
            }
        }
        t.all_lower = has_alpha && !has_upper;
        t.initial = token
            .chars()
            .next()
            .filter(|c| c.is_uppercase())
            .unwrap_or('\0');
        t.acro = acronym(token);
        let mut h = FNV_OFFSET;
        for (k, c) in token.chars().rev().map(norm_char).take(4).enumerate() {
            for lc in c.to_lowercase() {
                h = fnv_char(h, lc);
            }
            t.affix[4 + k] = h;
        }
        t
    }
}

/// A sentence with no lowercase letter and at least one letter: a headline.
pub fn is_all_caps(sentence: &[&str]) -> bool {
    let mut letters = false;
    for tok in sentence {
        for c in tok.chars() {
            if c.is_lowercase() {
                return false;
            }
            letters |= c.is_alphabetic();
        }
    }
    letters
}

/// Per-document token information, shared by both tagging stages.
pub struct DocTokens {
    pub sentences: Vec<Vec<TokInfo>>,
    /// Lowercased forms seen written all-lowercase in a normally cased sentence.
    lower_seen: HashMap<u64, ()>,
    /// Lowercased forms seen capitalised away from a sentence start.
    cap_seen: HashMap<u64, ()>,
}

impl DocTokens {
    pub fn new(sentences: &[Vec<&str>], lexicon: &dyn Lexicon) -> DocTokens {
        let mut infos: Vec<Vec<TokInfo>> = sentences
            .iter()
            .map(|s| s.iter().map(|w| TokInfo::new(w, lexicon)).collect())
            .collect();
        let caps: Vec<bool> = sentences.iter().map(|s| is_all_caps(s)).collect();
        let mut lower_seen = HashMap::new();
        let mut cap_seen = HashMap::new();
        // Most frequent cased variant per lowercased form, first seen wins ties.
        let mut variants: HashMap<u64, Vec<(TokInfo, u32)>> = HashMap::new();
        for (toks, &ac) in infos.iter().zip(&caps) {
            if ac {
                continue;
            }
            for (i, t) in toks.iter().enumerate() {
                if t.all_lower {
                    lower_seen.insert(t.lower, ());
                }
                if i > 0 && t.init_cap {
                    cap_seen.insert(t.lower, ());
                }
                let v = variants.entry(t.lower).or_default();
                match v.iter_mut().find(|(x, _)| x.word == t.word) {
                    Some((_, n)) => *n += 1 + (i > 0) as u32,
                    None => v.push((*t, 1 + (i > 0) as u32)),
                }
            }
        }
        let quote_h = fnv_char(FNV_OFFSET, '"');
        let open_h = fnv_char(FNV_OFFSET, '(');
        let close_h = fnv_char(FNV_OFFSET, ')');
        for (toks, &ac) in infos.iter_mut().zip(&caps) {
            let (mut quote, mut paren) = (false, 0i32);
            for t in toks.iter_mut() {
                let (was_quote, was_paren) = (quote, paren);
                if t.word == quote_h {
                    quote = !quote;
                } else if t.word == open_h {
                    paren += 1;
                } else if t.word == close_h {
                    paren = (paren - 1).max(0);
                }
                t.in_quote = was_quote && quote;
                t.in_paren = was_paren > 0 && paren > 0;
                if !ac {
                    continue;
                }
                let best = variants
                    .get(&t.lower)
                    .and_then(|v| v.iter().max_by_key(|(_, n)| *n).map(|(x, _)| *x));
                match best {
                    Some(b) => {
                        t.word = b.word;
                        t.shape = b.shape;
                        t.sshape = b.sshape;
                        t.init_cap = b.init_cap;
                        t.all_lower = b.all_lower;
                    }
                    None => t.caps_unknown = true,
                }
            }
        }
        // `max_by_key` returns the last maximum; ties are rare and the result
        // is still deterministic because vectors keep insertion order.
        DocTokens {
            sentences: infos,
            lower_seen,
            cap_seen,
        }
    }
}

const BOS: u64 = 0x1111;
const EOS: u64 = 0x2222;

// Template ids. Shape templates get CAPS_VARIANT added when the token's
// casing is unknown, so headline shapes do not pollute normal ones.
const T_BIAS: u64 = 1;
const T_W0: u64 = 2;
const T_L0: u64 = 3;
const T_AFFIX: u64 = 10; // ..=17
const T_SH0: u64 = 20;
const T_SS0: u64 = 21;
const T_WM1: u64 = 22;
const T_WP1: u64 = 23;
const T_L: u64 = 24; // 24..=27 for -2,-1,+1,+2
const T_SS: u64 = 30; // 30..=33 for -2,-1,+1,+2
const T_BG_L: u64 = 40; // 40, 41
const T_BG_SS: u64 = 42; // 42, 43
const T_TRI_SS: u64 = 44;
const T_L0_SSM1: u64 = 45;
const T_L0_SSP1: u64 = 46;
const T_FIRST_SS: u64 = 50;
const T_FIRST_L: u64 = 51;
const T_ALLCAPS: u64 = 52;
const T_QUOTE: u64 = 53;
const T_PAREN: u64 = 54;
const T_DOC_LOWER: u64 = 55;
const T_DOC_CAP: u64 = 56;
const T_BG_L2: u64 = 47; // 47, 48
const T_SUF3: u64 = 57; // 57, 58 for -1, +1
const T_LEX: u64 = 60;
const T_LEX_L0: u64 = 61;
const CAPS_VARIANT: u64 = 1000;

fn shape_t(t: &TokInfo, template: u64) -> u64 {
    if t.caps_unknown {
        template + CAPS_VARIANT
    } else {
        template
    }
}

/// Appends the first-stage features of token `i` of `toks`.
pub fn token_features(doc: &DocTokens, toks: &[TokInfo], i: usize, out: &mut Vec<u64>) {
    let at = |k: isize| -> Option<&TokInfo> {
        let j = i as isize + k;
        if j < 0 { None } else { toks.get(j as usize) }
    };
    let lower = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.lower);
    let ss = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.sshape);
    let t = &toks[i];
    out.push(fid(T_BIAS, 0));
    out.push(fid(T_W0, t.word));
    out.push(fid(T_L0, t.lower));
    for (k, &a) in t.affix.iter().enumerate() {
        if a != 0 {
            out.push(fid(T_AFFIX + k as u64, a));
        }
    }
    out.push(fid(shape_t(t, T_SH0), t.shape));
    out.push(fid(shape_t(t, T_SS0), t.sshape));
    out.push(fid(T_WM1, at(-1).map_or(BOS, |t| t.word)));
    out.push(fid(T_WP1, at(1).map_or(EOS, |t| t.word)));
    for (n, k) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        out.push(fid(T_L + n as u64, lower(k)));
        let tt = at(k).map_or(T_SS + n as u64, |x| shape_t(x, T_SS + n as u64));
        out.push(fid(tt, ss(k)));
    }
    out.push(fid2(T_BG_L, lower(-1), t.lower));
    out.push(fid2(T_BG_L + 1, t.lower, lower(1)));
    let s0 = shape_t(t, 0);
    out.push(fid2(T_BG_SS + s0, ss(-1), t.sshape));
    out.push(fid2(T_BG_SS + 1 + s0, t.sshape, ss(1)));
    out.push(fid2(T_TRI_SS + s0, fmix(ss(-1)) ^ t.sshape, ss(1)));
    out.push(fid2(T_BG_L2, lower(-2), lower(-1)));
    out.push(fid2(T_BG_L2 + 1, lower(1), lower(2)));
    for (n, k) in [-1isize, 1].into_iter().enumerate() {
        if let Some(x) = at(k) {
            out.push(fid2(T_SUF3 + n as u64, x.affix[6], t.sshape));
        }
    }
    out.push(fid2(T_L0_SSM1 + s0, t.lower, ss(-1)));
    out.push(fid2(T_L0_SSP1 + s0, t.lower, ss(1)));
    if i == 0 {
        out.push(fid(shape_t(t, T_FIRST_SS), t.sshape));
        out.push(fid(T_FIRST_L, t.lower));
    }
    if t.caps_unknown {
        out.push(fid(T_ALLCAPS, 0));
    }
    if t.in_quote {
        out.push(fid(T_QUOTE, t.sshape));
    }
    if t.in_paren {
        out.push(fid(T_PAREN, t.sshape));
    }
    if !t.all_lower {
        let seen_lower = doc.lower_seen.contains_key(&t.lower);
        let seen_cap = doc.cap_seen.contains_key(&t.lower);
        out.push(fid2(T_DOC_LOWER, seen_lower as u64, t.sshape));
        out.push(fid2(
            T_DOC_CAP,
            seen_cap as u64 + 2 * (i == 0) as u64,
            t.sshape,
        ));
    }
    for k in -2isize..=2 {
        let Some(x) = at(k) else { continue };
        let mut bits = x.lex;
        while bits != 0 {
            let b = bits.trailing_zeros() as u64;
            bits &= bits - 1;
            out.push(fid(T_LEX, (k + 2) as u64 * 32 + b));
            if k == 1 || k == -1 {
                out.push(fid2(T_LEX_L0, (k + 2) as u64 * 32 + b, t.lower));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NoLexicon;
    use super::*;

    #[test]
    fn curly_quotes_hash_like_straight_ones() {
        let a = TokInfo::new("\u{201c}", &NoLexicon);
        let b = TokInfo::new("\"", &NoLexicon);
        assert_eq!(a.word, b.word);
        let a = TokInfo::new("O\u{2019}Neil", &NoLexicon);
        let b = TokInfo::new("O'Neil", &NoLexicon);
        assert_eq!(a.shape, b.shape);
        assert_eq!(a.affix, b.affix);
    }

    #[test]
    fn headline_tokens_borrow_casing_from_the_body() {
        let doc = vec![
            vec!["RAIN", "IN", "PARIS"],
            vec!["It", "rained", "in", "Paris", "."],
        ];
        let d = DocTokens::new(&doc, &NoLexicon);
        let paris = TokInfo::new("Paris", &NoLexicon);
        assert_eq!(d.sentences[0][2].word, paris.word);
        assert!(d.sentences[0][0].caps_unknown);
        assert!(!d.sentences[0][1].caps_unknown);
    }
}
