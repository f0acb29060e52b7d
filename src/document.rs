//! The document model: paragraphs, sentences and tokens, each carrying byte
//! offsets into the original text.
//!
//! Every later stage (mentions, quotes, relations, evidence in the graph)
//! points back into the article through these offsets, so the text is never
//! rewritten: curly quotes, dashes and non-breaking spaces are recognised as
//! what they are but left in place. Tokens follow CoNLL conventions
//! (punctuation and possessive `'s` split off, hyphenated words kept whole,
//! abbreviations keep their period) because the tagger was trained on them.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Which way a quotation mark faces, decided from its position in the
/// whitespace-delimited chunk it was peeled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteSide {
    Open,
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// `"`, `“`, `”` and friends.
    DoubleQuote(QuoteSide),
    /// `'`, `‘`, `’` standing alone (not an apostrophe inside a word).
    SingleQuote(QuoteSide),
    Dash,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Token indices `[first, last)`.
    pub tokens: std::ops::Range<usize>,
    pub paragraph: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    /// Sentence indices `[first, last)`.
    pub sentences: std::ops::Range<usize>,
    /// A short line without final punctuation: a headline or a caption, never
    /// glued to the report around it.
    pub is_headline: bool,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

/// Words that keep their final period and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
    "Adm", "Rev", "St", "Jr", "Sr", "Mt", "Ft", "No", "vs", "etc", "Inc", "Corp", "Co", "Ltd",
    "Bros", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "approx", "est",
    "Dept", "Univ", "Ave", "Blvd", "a.m", "p.m", "e.g", "i.e",
];

/// Words after which an initialism like "U.S." most likely ended the sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "However",
    "Meanwhile",
];

impl Document {
    /// Splits `text` into paragraphs, sentences and tokens.
    pub fn parse(id: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let mut doc = Document {
            id: id.into(),
            text,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::new(),
        };
        for para_span in paragraph_spans(&doc.text) {
            doc.push_paragraph(para_span);
        }
        doc
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.tokens[i].span)
    }

    /// The sentence holding byte offset `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        i.checked_sub(1)
    }

    /// The token whose span starts at `pos` or, failing that, the first after it.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    fn push_paragraph(&mut self, span: Span) {
        let first_token = self.tokens.len();
        tokenize(&self.text, span, &mut self.tokens);
        let last_token = self.tokens.len();
        if first_token == last_token {
            return;
        }
        let paragraph = self.paragraphs.len();
        let first_sentence = self.sentences.len();
        let mut start = first_token;
        for i in first_token..last_token {
            if i + 1 == last_token || self.ends_sentence(i, last_token) {
                let span = Span::new(self.tokens[start].span.start, self.tokens[i].span.end);
                self.sentences.push(Sentence {
                    span,
                    tokens: start..i + 1,
                    paragraph,
                });
                start = i + 1;
            }
        }
        let para_span = Span::new(
            self.tokens[first_token].span.start,
            self.tokens[last_token - 1].span.end,
        );
        let is_headline =
            last_token - first_token <= 25 && !self.ends_with_terminal(last_token - 1);
        self.paragraphs.push(Paragraph {
            span: para_span,
            sentences: first_sentence..self.sentences.len(),
            is_headline,
        });
    }

    fn ends_with_terminal(&self, last: usize) -> bool {
        let mut i = last;
        loop {
            let t = self.token_text(i);
            match self.tokens[i].kind {
                TokenKind::DoubleQuote(_) | TokenKind::SingleQuote(_) if i > 0 => i -= 1,
                _ if t == ")" && i > 0 => i -= 1,
                _ => return matches!(t, "." | "!" | "?" | ":" | "…") || t.ends_with('.'),
            }
        }
    }

    /// Whether token `i` closes a sentence: a terminal mark (plus any closing
    /// quotes or brackets) followed by something that can open one.
    fn ends_sentence(&self, i: usize, end: usize) -> bool {
        let t = self.token_text(i);
        let next = i + 1;
        let closes_after_terminal = |j: usize| -> bool {
            // `."` or `.)`: the terminal mark sits before the closer.
            j > 0 && matches!(self.token_text(j - 1), "." | "!" | "?" | "…")
        };
        let is_closer = matches!(
            self.tokens[i].kind,
            TokenKind::DoubleQuote(QuoteSide::Close)
        ) || matches!(
            self.tokens[i].kind,
            TokenKind::SingleQuote(QuoteSide::Close)
        ) || t == ")";
        let terminal =
            matches!(t, "." | "!" | "?" | "…") || (is_closer && closes_after_terminal(i));
        let initialism_end = self.tokens[i].kind == TokenKind::Word && is_initialism(t);
        if !(terminal || initialism_end) || next >= end {
            return false;
        }
        // A closing quote or bracket right after belongs to this sentence.
        if matches!(
            self.tokens[next].kind,
            TokenKind::DoubleQuote(QuoteSide::Close) | TokenKind::SingleQuote(QuoteSide::Close)
        ) || self.token_text(next) == ")"
        {
            return false;
        }
        let n = self.token_text(next);
        let opens = n
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(
                self.tokens[next].kind,
                TokenKind::DoubleQuote(QuoteSide::Open) | TokenKind::SingleQuote(QuoteSide::Open)
            );
        if initialism_end {
            return SENTENCE_STARTERS.contains(&n);
        }
        opens
    }
}

/// "U.S.", "U.K.", "E.U.": letters each followed by a period.
fn is_initialism(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|c| c[0].is_ascii_alphabetic() && c[1] == b'.')
}

/// Paragraph boundaries. A line break ends a paragraph unless the text is
/// hard-wrapped (blank lines separate its paragraphs) and the line ran on
/// mid-sentence. In hard-wrapped text a line without final punctuation still
/// stands alone when it reads as a headline: title-cased, or clearly shorter
/// than the wrapped lines around it and followed by a capitalised line.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let hard_wrapped = text.contains("\n\n") || text.contains("\r\n\r\n");
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        lines.push((pos, content));
        pos += line.len();
    }
    let widest = lines
        .iter()
        .map(|(_, l)| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for (k, &(line_start, content)) in lines.iter().enumerate() {
        let trimmed = content.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                spans.push(Span::new(s, line_start));
            }
            continue;
        }
        let s = *start.get_or_insert(line_start);
        let next = lines.get(k + 1).map(|(_, l)| l.trim()).unwrap_or("");
        let stands_alone = !hard_wrapped || line_ends_paragraph(trimmed, next, widest);
        if stands_alone {
            spans.push(Span::new(s, line_start + content.len()));
            start = None;
        }
    }
    if let Some(s) = start {
        spans.push(Span::new(s, text.len()));
    }
    spans
}

fn line_ends_paragraph(line: &str, next: &str, widest: usize) -> bool {
    let last = line.chars().last().unwrap_or(' ');
    if matches!(last, '.' | '!' | '?' | '"' | '”' | '’' | ':' | ')') {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let title_case = words.len() <= 15 && capitalised * 10 >= words.len() * 7;
    let next_capitalised = next
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || double_quote(c));
    let short = line.chars().count() * 10 < widest * 6;
    title_case || (short && next_capitalised)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{00a0}' || c == '\u{202f}' || c == '\u{2009}' || c == '\u{feff}'
}

fn double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″')
}

fn single_quote(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‛' | '`')
}

fn dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Punctuation peeled off the front of a chunk.
fn leading_punct(c: char) -> bool {
    double_quote(c) || single_quote(c) || dash(c) || matches!(c, '(' | '[' | '{' | '¿' | '¡')
}

/// Punctuation peeled off the back of a chunk.
fn trailing_punct(c: char) -> bool {
    double_quote(c)
        || single_quote(c)
        || dash(c)
        || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…')
}

fn punct_kind(c: char, side: QuoteSide) -> TokenKind {
    if double_quote(c) {
        TokenKind::DoubleQuote(side)
    } else if single_quote(c) {
        TokenKind::SingleQuote(side)
    } else if dash(c) {
        TokenKind::Dash
    } else {
        TokenKind::Punct
    }
}

/// Appends the tokens of `span` to `out`.
fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let mut chunk_start: Option<usize> = None;
    for (off, c) in text[span.start..span.end].char_indices() {
        let pos = span.start + off;
        if is_space(c) {
            if let Some(s) = chunk_start.take() {
                tokenize_chunk(text, s, pos, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(pos);
        }
    }
    if let Some(s) = chunk_start {
        tokenize_chunk(text, s, span.end, out);
    }
}

fn tokenize_chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    // Leading punctuation.
    while start < end {
        let c = text[start..end].chars().next().unwrap_or(' ');
        if !leading_punct(c) {
            break;
        }
        let w = c.len_utf8();
        out.push(Token {
            span: Span::new(start, start + w),
            kind: punct_kind(c, QuoteSide::Open),
        });
        start += w;
    }
    // Trailing punctuation, collected back to front.
    let mut tail = Vec::new();
    while start < end {
        let word = &text[start..end];
        let c = word.chars().last().unwrap_or(' ');
        if !trailing_punct(c) {
            break;
        }
        if c == '.' && keeps_period(&word[..word.len() - 1]) {
            break;
        }
        let w = c.len_utf8();
        tail.push(Token {
            span: Span::new(end - w, end),
            kind: punct_kind(c, QuoteSide::Close),
        });
        end -= w;
    }
    if start < end {
        split_word(text, start, end, out);
    }
    out.extend(tail.into_iter().rev());
}

/// Whether `stem` (a word without its final period) keeps the period.
fn keeps_period(stem: &str) -> bool {
    if stem.is_empty() {
        return false;
    }
    if ABBREVIATIONS.contains(&stem) {
        return true;
    }
    // Initialisms and single initials: "U.S", "J".
    let with_dot = format!("{stem}.");
    is_initialism(&with_dot) || (stem.len() == 1 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// Splits a punctuation-free chunk at em dashes, slashes between words and a
/// possessive ending.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    if let Some((i, c)) = word.char_indices().find(|&(i, c)| dash(c) && i > 0) {
        split_word(text, start, start + i, out);
        out.push(Token {
            span: Span::new(start + i, start + i + c.len_utf8()),
            kind: TokenKind::Dash,
        });
        if start + i + c.len_utf8() < end {
            split_word(text, start + i + c.len_utf8(), end, out);
        }
        return;
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            let cut = end - suffix.len();
            out.push(word_token(text, start, cut));
            out.push(Token {
                span: Span::new(cut, end),
                kind: TokenKind::Word,
            });
            return;
        }
    }
    out.push(word_token(text, start, end));
}

fn word_token(text: &str, start: usize, end: usize) -> Token {
    let w = &text[start..end];
    let kind = if w.chars().any(|c| c.is_alphabetic()) {
        TokenKind::Word
    } else if w.chars().any(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    };
    Token {
        span: Span::new(start, end),
        kind,
    }
}

#[cfg(test)]
mod tests;
