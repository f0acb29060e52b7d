//! CoNLL-2003 reader and the tag inventory. Training and evaluation both read
//! the same files, so the tag encoding (9 BIO tags as small integers, which the
//! weight rows are indexed by) lives here next to the parser.

use std::path::Path;

use anyhow::Context;

/// Number of BIO tags: O plus B/I for PER, ORG, LOC, MISC.
pub const NUM_TAGS: usize = 9;
/// Entity types in tag order (tag `1 + 2k` is B-type k, `2 + 2k` is I-type k).
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
pub const O: u8 = 0;

pub fn is_begin(tag: u8) -> bool {
    tag != O && tag % 2 == 1
}

pub fn is_inside(tag: u8) -> bool {
    tag != O && tag % 2 == 0
}

/// Entity type index (0..4) of a non-O tag.
pub fn type_of(tag: u8) -> usize {
    (tag as usize - 1) / 2
}

pub fn tag_name(tag: u8) -> String {
    if tag == O {
        "O".to_string()
    } else {
        let prefix = if is_begin(tag) { "B" } else { "I" };
        format!("{prefix}-{}", TYPES[type_of(tag)])
    }
}

/// Whether BIO allows `cur` after `prev` (`None` = sentence start): an I-X
/// may only continue a B-X or I-X, which is what keeps decoded spans well formed.
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    if !is_inside(cur) {
        return true;
    }
    match prev {
        Some(p) if p != O => type_of(p) == type_of(cur),
        _ => false,
    }
}

/// Encodes a tag string; unknown types become O so odd files still load.
/// IOB1 input is normalised to IOB2 later by [`to_iob2`].
pub fn parse_tag(s: &str) -> u8 {
    let (prefix, ty) = match s.split_once('-') {
        Some(x) => x,
        None => return O,
    };
    let Some(k) = TYPES.iter().position(|t| *t == ty) else {
        return O;
    };
    let base = 1 + 2 * k as u8;
    match prefix {
        "B" | "S" => base,
        "I" | "E" => base + 1,
        _ => O,
    }
}

/// Rewrites IOB1-style tags so every span starts with B-, which the decoder's
/// transition constraints assume.
pub fn to_iob2(tags: &mut [u8]) {
    let mut prev = None;
    for t in tags.iter_mut() {
        if is_inside(*t) && !allowed(prev, *t) {
            *t -= 1;
        }
        prev = Some(*t);
    }
}

#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    /// The raw tag column, kept as text so the scorer can apply conlleval's
    /// IOB1/IOB2 chunking rules to it.
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Document {
    pub sentences: Vec<Sentence>,
}

impl Sentence {
    /// Gold tags as IOB2 tag ids.
    pub fn tag_ids(&self) -> Vec<u8> {
        let mut ids: Vec<u8> = self.tags.iter().map(|t| parse_tag(t)).collect();
        to_iob2(&mut ids);
        ids
    }
}

/// Parses CoNLL text: first column = word, last column = tag.
pub fn parse(text: &str) -> Vec<Document> {
    let mut docs = vec![Document::default()];
    let mut sent = Sentence::default();
    let flush = |docs: &mut Vec<Document>, sent: &mut Sentence| {
        if !sent.words.is_empty() {
            docs.last_mut()
                .expect("docs is never empty")
                .sentences
                .push(std::mem::take(sent));
        }
    };
    for line in text.lines() {
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else {
            flush(&mut docs, &mut sent);
            continue;
        };
        if word == "-DOCSTART-" {
            flush(&mut docs, &mut sent);
            if !docs.last().is_some_and(|d| d.sentences.is_empty()) {
                docs.push(Document::default());
            }
            continue;
        }
        let tag = cols.last().unwrap_or("O");
        sent.words.push(word.to_string());
        sent.tags.push(tag.to_string());
    }
    flush(&mut docs, &mut sent);
    docs.retain(|d| !d.sentences.is_empty());
    docs
}

pub fn read(path: &Path) -> anyhow::Result<Vec<Document>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read CoNLL file {}", path.display()))?;
    Ok(parse(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nSmith NNP I-NP I-PER\nvisited VBD B-VP O\nOslo NNP B-NP B-LOC\n. . O O\n\nShe PRP B-NP O\nleft VBD B-VP O\n\n-DOCSTART- -X- -X- O\n\nAcme NNP B-NP B-ORG\nwins VBZ B-VP O\n";

    #[test]
    fn reads_documents_sentences_and_iob2_tags() {
        let docs = parse(SAMPLE);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        let s = &docs[0].sentences[0];
        assert_eq!(s.words, ["Anna", "Smith", "visited", "Oslo", "."]);
        assert_eq!(s.tags[1], "I-PER");
        assert_eq!(s.tag_ids(), vec![1, 2, 0, 5, 0]);
        assert_eq!(docs[1].sentences[0].tag_ids(), vec![3, 0]);
    }

    #[test]
    fn iob1_is_normalised_and_bio_rules_hold() {
        let mut t = vec![parse_tag("I-PER"), parse_tag("I-PER"), parse_tag("I-LOC")];
        to_iob2(&mut t);
        assert_eq!(t, vec![1, 2, 5]);
        assert!(!allowed(Some(O), 2));
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(!allowed(Some(1), 4));
        assert_eq!(tag_name(8), "I-MISC");
    }
}
