//! Reported speech: "X said/emphasized/believes/warned that ..." and the
//! trailing form "..., a professor said." A clause counts only outside
//! quotation marks, so a quotation's own attribution is not read twice.

use super::speaker::{Context, Salience};
use super::{Statement, StatementKind};
use crate::document::{Document, Span};

/// Verbs that introduce reported speech or stated belief.
const REPORT_CUES: &[&str] = &[
    "said",
    "says",
    "emphasized",
    "emphasised",
    "emphasizes",
    "stressed",
    "stresses",
    "believes",
    "believed",
    "warned",
    "warns",
    "noted",
    "notes",
    "argued",
    "argues",
    "added",
    "explained",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "stated",
    "announced",
    "highlighted",
    "acknowledged",
    "suggested",
    "told",
    "predicted",
    "expects",
    "expected",
    "thinks",
    "hopes",
    "confirmed",
    "saying",
    "adding",
];

/// Reported statements, with speakers where a name or title settles them
/// (pronouns are settled by the speaker sieves, which track salience). A cue
/// inside a quotation, or one that attributes a quotation ("...," he said),
/// is no reported speech; a reported clause may quote a few words itself
/// (it said it was "deeply concerned").
pub(super) fn find_reported(cx: &Context, quoted: &[(usize, usize)]) -> Vec<Statement> {
    let doc = cx.doc;
    let inside_quote = |t: usize| quoted.iter().any(|&(o, c)| o < t && t < c);
    let quote_mark = |t: usize| cx.style.is_mark(doc, t);
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let r = sentence.tokens.clone();
        if doc.paragraphs[sentence.paragraph].is_headline {
            continue;
        }
        let mut end = r.end;
        while end > r.start && matches!(doc.token_text(end - 1), "." | "!" | "?") {
            end -= 1;
        }
        for v in r.clone() {
            if !REPORT_CUES.contains(&doc.token_text(v)) || inside_quote(v) {
                continue;
            }
            let Some((clause_lo, clause_hi)) = clause_of(doc, cx, v, r.start, end) else {
                continue;
            };
            if clause_hi <= clause_lo + 2 {
                continue;
            }
            // A clause before the cue that is a quotation is that quotation's attribution.
            if clause_hi <= v && (clause_lo..clause_hi).any(quote_mark) {
                continue;
            }
            // "said: "..."" and "said "..."" introduce a quotation.
            if clause_lo > v
                && quote_mark(clause_lo)
                && quoted
                    .iter()
                    .any(|&(o, c)| o == clause_lo && c >= clause_hi.saturating_sub(1))
            {
                continue;
            }
            let span = Span::new(
                doc.tokens[clause_lo].span.start,
                doc.tokens[clause_hi - 1].span.end,
            );
            let participle = matches!(doc.token_text(v), "saying" | "adding");
            let speaker = if participle {
                None
            } else {
                cx.speaker_of_verb(v, r.start, end, &Salience::default())
                    .map(|(e, _)| e)
            };
            out.push(Statement {
                kind: StatementKind::Reported,
                text: doc.slice(span).to_string(),
                span,
                paragraph: sentence.paragraph,
                sentence: s,
                speaker,
                cue: Some(doc.token_text(v).to_lowercase()),
                sieve: speaker.map(|_| "reported"),
                about: Vec::new(),
                continues: None,
                cue_token: Some(v),
            });
            break;
        }
    }
    out
}

/// The token range of the reported clause for the cue at `v`, if the cue
/// introduces one: after it ("said [that] the plan ...") or, when the cue
/// closes the sentence, before it ("The plan ..., a professor said").
fn clause_of(
    doc: &Document,
    cx: &Context,
    v: usize,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let cue_at_end = (v + 1..hi).all(|t| {
        !doc.token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    }) || v + 4 >= hi;
    if cue_at_end || is_trailing_attribution(doc, cx, v, lo) {
        // "..., a ROK professor said." / "..., said the head of X, who ..."
        let comma = (lo..v).rev().find(|&t| doc.token_text(t) == ",")?;
        return (comma > lo).then_some((lo, comma));
    }
    let mut start = v + 1;
    if doc.token_text(v) == "told" {
        // "told reporters that" / "told CGTN that"
        start = (v + 1..hi.min(v + 8)).find(|&t| doc.token_text(t) == "that")?;
    }
    // A name right after the cue and then a break is an inverted attribution
    // ("said Kim in an interview"); "believes Lee's plan ..." opens a clause.
    // "said Dr Helen Marsh, who ...": an honorific opens the inverted speaker.
    if start == v + 1 && crate::names::is_honorific(doc.token_text(start)) {
        return None;
    }
    if start == v + 1
        && let Some(m) = cx.mentions.iter().find(|m| m.tokens.start == start)
    {
        let after = if m.tokens.end < hi {
            doc.token_text(m.tokens.end)
        } else {
            "."
        };
        let breaks = !after.chars().next().is_some_and(char::is_alphanumeric)
            || matches!(
                after,
                "in" | "on"
                    | "at"
                    | "during"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "from"
                    | "to"
            );
        if breaks && after != "'s" && after != "’s" {
            return None;
        }
    }
    // Skip a short time or place phrase before "that".
    if let Some(t) = (start..hi.min(start + 6)).find(|&t| doc.token_text(t) == "that") {
        start = t + 1;
    }
    if start >= hi
        || matches!(
            doc.token_text(start),
            ":" | ","
                | "\""
                | "“"
                | "in"
                | "on"
                | "at"
                | "by"
                | "to"
                | "after"
                | "before"
                | "during"
        )
    {
        return None;
    }
    Some((start, hi))
}

/// "..., said the head of ..." opens no clause of its own: the clause is
/// before it. Unless the comma closes an appositive on the subject
/// ("Moon Hae Rin, a professor of ..., said the ...").
fn is_trailing_attribution(doc: &Document, cx: &Context, v: usize, lo: usize) -> bool {
    let inverted = v > 0
        && doc.token_text(v - 1) == ","
        && matches!(doc.token_text(v + 1), "the" | "a" | "an");
    // The subject may carry a title first ("Treasury Secretary Janet Yellen, speaking in ..., said").
    let subject_with_appositive = cx.mentions.iter().any(|m| {
        m.tokens.start >= lo
            && m.tokens.start <= lo + 4
            && m.tokens.end < doc.tokens.len()
            && doc.token_text(m.tokens.end) == ","
            && (lo..m.tokens.start).all(|t| doc.token_text(t).starts_with(char::is_uppercase))
    });
    inverted && !subject_with_appositive
}
