//! Who said what: direct quotations and reported speech, with speakers.
//!
//! Quotation marks are paired within a paragraph; a paragraph that ends with
//! a quotation still open continues into the next one only when that one
//! opens with a quotation mark (the news convention), so an unbalanced mark
//! never swallows the rest of the article. Single quotes never delimit a
//! statement, which keeps nested 'scare' words inside one. Quotations of one
//! to three words are scare quotes, kept apart from statements.
//!
//! Speakers are found by `speaker`'s sieves; reported speech ("X said that
//! ...") by `reported`.

mod reported;
mod speaker;

use serde::{Deserialize, Serialize};

use crate::document::{Document, QuoteSide, Span, TokenKind};
use crate::mentions::Mention;
use crate::resolve::{Resolution, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    Direct,
    Reported,
    Scare,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub kind: StatementKind,
    pub text: String,
    /// The quoted words (without quotation marks) or the reported clause.
    pub span: Span,
    pub paragraph: usize,
    pub sentence: usize,
    /// Entity index of the speaker.
    pub speaker: Option<usize>,
    /// The speech verb ("said", "emphasized", "according to").
    pub cue: Option<String>,
    /// Which rule found the speaker.
    pub sieve: Option<&'static str>,
    /// Entities mentioned inside the statement.
    pub about: Vec<usize>,
    /// For the second and later paragraphs of one quotation: the statement it continues.
    pub continues: Option<usize>,
    /// The token of the speech verb of a reported statement, for the sieves
    /// that settle pronoun speakers later.
    #[serde(skip)]
    pub cue_token: Option<usize>,
}

/// A pair of quotation marks, as token indices of the marks (the close may be
/// missing at a paragraph end).
#[derive(Debug, Clone, Copy)]
struct Quotation {
    open: usize,
    close: Option<usize>,
    paragraph: usize,
    continues_previous: bool,
}

pub fn find_statements(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    roles: &[Role],
) -> Vec<Statement> {
    let style = MarkStyle::of(doc);
    let quotations = pair_quotation_marks(doc, style);
    let mut statements: Vec<Statement> = Vec::new();
    for q in &quotations {
        let content_start = doc.tokens[q.open].span.end;
        let content_end = match q.close {
            Some(c) => doc.tokens[c].span.start,
            None => doc.paragraphs[q.paragraph].span.end,
        };
        let span = trim_span(doc, Span::new(content_start, content_end));
        if span.is_empty() {
            continue;
        }
        let text = doc.slice(span).to_string();
        let words = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let kind = if words <= 3 && !q.continues_previous {
            StatementKind::Scare
        } else {
            StatementKind::Direct
        };
        // Held as the continued statement's start offset until the list is
        // sorted, then turned into its index.
        let continues = if q.continues_previous {
            statements
                .iter()
                .rev()
                .find(|s| s.kind == StatementKind::Direct)
                .map(|s| s.span.start)
        } else {
            None
        };
        statements.push(Statement {
            kind,
            text,
            span,
            paragraph: q.paragraph,
            sentence: doc.sentence_at(span.start).unwrap_or(0),
            speaker: None,
            cue: None,
            sieve: None,
            about: Vec::new(),
            continues,
            cue_token: None,
        });
    }
    let spans: Vec<(usize, usize)> = quotations
        .iter()
        .map(|q| {
            (
                q.open,
                q.close.unwrap_or(
                    doc.sentences[doc.paragraphs[q.paragraph].sentences.end - 1]
                        .tokens
                        .end,
                ),
            )
        })
        .collect();
    let cx = speaker::Context::new(doc, mentions, res, roles, style);
    statements.extend(reported::find_reported(&cx, &spans));
    statements.sort_by_key(|s| s.span.start);
    let starts: Vec<usize> = statements.iter().map(|s| s.span.start).collect();
    for s in &mut statements {
        s.continues = s
            .continues
            .and_then(|start| starts.iter().position(|&x| x == start));
    }
    speaker::attribute(&cx, &mut statements);
    for s in &mut statements {
        s.about = entities_inside(mentions, res, s.span, s.speaker);
    }
    statements
}

fn entities_inside(
    mentions: &[Mention],
    res: &Resolution,
    span: Span,
    speaker: Option<usize>,
) -> Vec<usize> {
    // Mentions are in text order: only those starting inside the span can be in it.
    let from = mentions.partition_point(|m| m.span.start < span.start);
    let mut about: Vec<usize> = mentions[from..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.span.start < span.end)
        .filter(|(_, m)| span.contains(m.span))
        .filter_map(|(k, _)| res.mention_entity[from + k])
        .filter(|&e| Some(e) != speaker)
        .collect();
    about.sort_unstable();
    about.dedup();
    about
}

/// Drops the punctuation a quotation ends on ("...growing," → "...growing").
fn trim_span(doc: &Document, span: Span) -> Span {
    let text = doc.slice(span);
    let trimmed_end = text
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–'));
    let lead = text.len() - text.trim_start().len();
    Span::new(
        span.start + lead.min(trimmed_end.len()),
        span.start + trimmed_end.len(),
    )
}

/// Which marks delimit quotations in a document: double quotes, or, in the
/// British style that quotes with single marks (‘We will win,’ he said),
/// single ones when the document has no double marks at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MarkStyle {
    Double,
    Single,
}

impl MarkStyle {
    pub(super) fn of(doc: &Document) -> MarkStyle {
        let double = doc
            .tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::DoubleQuote(_)));
        let single_open = doc
            .tokens
            .iter()
            .any(|t| t.kind == TokenKind::SingleQuote(QuoteSide::Open));
        if !double && single_open {
            MarkStyle::Single
        } else {
            MarkStyle::Double
        }
    }

    /// The side of the quotation mark at token `i`, if it is one of this style.
    pub(super) fn side(self, doc: &Document, i: usize) -> Option<QuoteSide> {
        let side = match (self, doc.tokens[i].kind) {
            (MarkStyle::Double, TokenKind::DoubleQuote(side))
            | (MarkStyle::Single, TokenKind::SingleQuote(side)) => side,
            _ => return None,
        };
        // Curly marks say which way they face; straight ones face the way
        // their position in the word suggests.
        Some(match doc.token_text(i) {
            "“" | "„" | "«" | "‘" => QuoteSide::Open,
            "”" | "»" | "’" => QuoteSide::Close,
            _ => side,
        })
    }

    pub(super) fn is_mark(self, doc: &Document, i: usize) -> bool {
        self.side(doc, i).is_some()
    }
}

fn pair_quotation_marks(doc: &Document, style: MarkStyle) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    let mut carried_open = false;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let first = doc.sentences[para.sentences.start].tokens.start;
        let last = doc.sentences[para.sentences.end - 1].tokens.end;
        let mut open: Option<usize> = None;
        let opens_with_quote = style.side(doc, first) == Some(QuoteSide::Open);
        let continuing = carried_open && opens_with_quote;
        carried_open = false;
        for i in first..last {
            match (style.side(doc, i), open) {
                (Some(QuoteSide::Open), None) => open = Some(i),
                (Some(QuoteSide::Close), Some(o)) => {
                    out.push(Quotation {
                        open: o,
                        close: Some(i),
                        paragraph: p,
                        continues_previous: continuing && o == first,
                    });
                    open = None;
                }
                // A second opening mark while one is open: the first was stray.
                (Some(QuoteSide::Open), Some(_)) => open = Some(i),
                _ => {}
            }
        }
        if let Some(o) = open {
            out.push(Quotation {
                open: o,
                close: None,
                paragraph: p,
                continues_previous: continuing && o == first,
            });
            carried_open = true;
        }
    }
    out
}

#[cfg(test)]
mod tests;
