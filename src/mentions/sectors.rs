//! Sector mentions: which gazetteer matches of industry terms count, how far
//! a mention reaches, and sectors named by pattern.
//!
//! The annotation rule is that a sector is "an industry or technology field
//! discussed as a field of activity, when explicitly named". So a clear term
//! ("artificial intelligence", "5G") always counts; a plain single word
//! ("banking") or an ambiguous term ("supply chain") must stand in a list
//! beside a clear one, or name its industry ("steel industry"). A mention
//! takes in the words that make it the field as written ("agricultural
//! biotechnology", "electric vehicle industry"), and "<noun> industry"
//! names a sector even when the gazetteer does not know it ("nickel
//! processing industry").

use super::{EntityType, Mention, MentionKind};
use crate::document::{Document, Span, TokenKind};

/// Heads that turn the words before them into a sector ("X industry").
const SECTOR_HEADS: &[&str] = &["industry", "industries", "sector"];

/// Words after a sector term that belong to the field's name.
const FIELD_SUFFIXES: &[&str] = &[
    "industry",
    "industries",
    "sector",
    "manufacturing",
    "processing",
    "production",
];

/// Modifiers that do not name a field: "key industries", "the private sector".
const NOT_FIELD_WORDS: &[&str] = &[
    "key",
    "other",
    "related",
    "private",
    "public",
    "whole",
    "entire",
    "domestic",
    "global",
    "local",
    "national",
    "new",
    "same",
    "wider",
    "broader",
    "overall",
    "certain",
    "many",
    "several",
    "various",
    "major",
    "main",
    "big",
    "biggest",
    "largest",
    "small",
    "traditional",
    "emerging",
    "strategic",
    "important",
    "critical",
    "growing",
    "affected",
    "relevant",
    "core",
    "own",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "of",
    "in",
    "on",
    "for",
    "and",
    "or",
    "to",
    "with",
    "by",
    "from",
    "whose",
    "which",
    "such",
    "all",
    "both",
    "each",
    "every",
    "any",
    "no",
    "state",
    "formal",
    "informal",
    "booming",
    "struggling",
    "ailing",
    "troubled",
    "nascent",
    "fledgling",
    "heavy",
    "light",
];

/// The gazetteer marks names that are also common words or names ("Chad",
/// "supply chain"); their matches carry a low confidence.
pub(super) fn is_ambiguous(m: &Mention) -> bool {
    m.source == "gazetteer" && m.confidence < 0.5
}

fn is_sector(m: &Mention) -> bool {
    m.kind == MentionKind::Name(EntityType::Sector)
}

/// A sector term that names a field on its own: several words, an acronym,
/// or a term with a digit ("5G"). Single common words ("banking") need
/// context to count.
fn strong_sector_term(text: &str) -> bool {
    text.contains(' ')
        || text.chars().any(|c| c.is_ascii_digit())
        || text.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Keeps the sector matches that count, widens them to the field as written,
/// and adds "<noun> industry" sectors the gazetteer lacks.
pub(super) fn refine(doc: &Document, mut out: Vec<Mention>) -> Vec<Mention> {
    let strong: Vec<bool> = out
        .iter()
        .map(|m| is_sector(m) && !is_ambiguous(m) && strong_sector_term(doc.slice(m.span)))
        .collect();
    let keep: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if !is_sector(m) || strong[i] {
                return true;
            }
            // An ambiguous term counts only when listed right beside a clear sector.
            let beside_strong = out.iter().enumerate().any(|(j, o)| {
                strong[j]
                    && o.sentence == m.sentence
                    && o.tokens.end + 4 >= m.tokens.start
                    && m.tokens.end + 4 >= o.tokens.start
            });
            if is_ambiguous(m) {
                return beside_strong;
            }
            // A plain single word ("steel", "banking") counts beside a clear
            // sector or right before "industry"/"sector".
            let before_head = m.tokens.end < doc.tokens.len()
                && SECTOR_HEADS.contains(&doc.token_text(m.tokens.end));
            beside_strong || before_head
        })
        .collect();
    out = out
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect();
    // Discovery looks at the terms as matched; a field it finds ("vaccine
    // manufacturing industry") replaces the gazetteer term inside it, and the
    // other terms are then widened to the field as written.
    let found = discover(doc, &out);
    out.retain(|m| {
        !found
            .iter()
            .any(|f| f.tokens.start <= m.tokens.start && m.tokens.end <= f.tokens.end)
    });
    for m in out.iter_mut().filter(|m| is_sector(m)) {
        widen(doc, m);
    }
    out.extend(found);
    out.sort_by_key(|m| m.span.start);
    out
}

fn lower_word(doc: &Document, t: usize) -> Option<&str> {
    let w = doc.token_text(t);
    (doc.tokens[t].kind == TokenKind::Word && w.chars().all(|c| c.is_lowercase() || c == '-'))
        .then_some(w)
}

/// "biotechnology" → "agricultural biotechnology"; "electric vehicle" →
/// "electric vehicle industry".
fn widen(doc: &Document, m: &mut Mention) {
    let (mut start, mut end) = (m.tokens.start, m.tokens.end);
    if start > 0
        && let Some(w) = lower_word(doc, start - 1)
        && !NOT_FIELD_WORDS.contains(&w)
        && (w.contains('-') || ["al", "ic", "ive"].iter().any(|s| w.ends_with(s)))
        && doc.sentence_at(doc.tokens[start - 1].span.start) == Some(m.sentence)
    {
        start -= 1;
    }
    if end < doc.tokens.len()
        && FIELD_SUFFIXES.contains(&doc.token_text(end))
        && doc.sentence_at(doc.tokens[end].span.start) == Some(m.sentence)
    {
        end += 1;
    }
    m.tokens = start..end;
    m.span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
}

/// "<noun> [<noun>] industry" where no gazetteer sector stands.
fn discover(doc: &Document, known: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        for h in s.tokens.clone().skip(1) {
            if !SECTOR_HEADS.contains(&doc.token_text(h)) {
                continue;
            }
            let field_word = |t: usize| {
                lower_word(doc, t)
                    .filter(|w| !NOT_FIELD_WORDS.contains(w) && w.len() > 2 && !w.ends_with("ly"))
            };
            let Some(_) = field_word(h - 1) else { continue };
            let mut start = h - 1;
            // A second noun ("nickel processing") but not an adjective of degree ("booming tourism").
            if start > s.tokens.start
                && let Some(w) = field_word(start - 1)
                && !w.ends_with("ing")
                && !w.ends_with("ed")
            {
                start -= 1;
            }
            // A gazetteer term inside the phrase ("vaccine manufacturing
            // industry") gives way to the whole field; any other overlap wins.
            let overlapping: Vec<&Mention> = known
                .iter()
                .filter(|m| m.tokens.start < h + 1 && start < m.tokens.end)
                .collect();
            if overlapping
                .iter()
                .any(|m| !(is_sector(m) && m.tokens.start > start && m.tokens.len() <= 2))
            {
                continue;
            }
            let tokens = start..h + 1;
            let span = Span::new(doc.tokens[start].span.start, doc.tokens[h].span.end);
            found.push(Mention {
                span,
                tokens,
                sentence: si,
                kind: MentionKind::Name(EntityType::Sector),
                gazetteer_key: None,
                source: "pattern",
                confidence: 0.5,
            });
        }
    }
    found
}
