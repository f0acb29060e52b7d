//! Gazetteer hooks for the tagger. The model never stores word lists: it only
//! learns weights for "token carries class bit k", so any word list (the team
//! gazetteer, a test list, none at all) can be plugged in through [`Lexicon`].
//! The bits only mean something relative to the lexicon the model was trained
//! with, so tag with the same lexicon you trained with.

use std::collections::HashMap;

/// A source of class bits for a token (bit k set = token belongs to class k).
pub trait Lexicon: Sync {
    fn classes(&self, token: &str) -> u32;
}

/// The empty lexicon: no token has any class.
pub struct NoLexicon;

impl Lexicon for NoLexicon {
    fn classes(&self, _token: &str) -> u32 {
        0
    }
}

/// A lexicon from explicit word lists; matching is case-insensitive because
/// headlines are ALL CAPS and the class of a word does not depend on its case.
pub struct WordListLexicon {
    map: HashMap<String, u32>,
}

impl WordListLexicon {
    /// `lists` pairs a bit index (0..32) with the words carrying it.
    pub fn new(lists: &[(u32, &[&str])]) -> Self {
        let mut map: HashMap<String, u32> = HashMap::new();
        for &(bit, words) in lists {
            for w in words {
                *map.entry(w.to_lowercase()).or_insert(0) |= 1u32 << (bit & 31);
            }
        }
        WordListLexicon { map }
    }
}

impl Lexicon for WordListLexicon {
    fn classes(&self, token: &str) -> u32 {
        if token.bytes().any(|b| b.is_ascii_uppercase()) || !token.is_ascii() {
            self.map.get(&token.to_lowercase()).copied().unwrap_or(0)
        } else {
            self.map.get(token).copied().unwrap_or(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_lexicon_is_case_insensitive_and_merges_bits() {
        let lex = WordListLexicon::new(&[(0, &["Ministry", "Bank"]), (3, &["bank"])]);
        assert_eq!(lex.classes("MINISTRY"), 1);
        assert_eq!(lex.classes("bank"), 1 | 8);
        assert_eq!(lex.classes("river"), 0);
        assert_eq!(NoLexicon.classes("Bank"), 0);
    }
}
