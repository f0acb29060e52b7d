//! Speaker attribution as a sequence of sieves, most precise first:
//!
//! 1. `trailing`: the attribution right after the closing mark ("...," said Kim / Kim said / he said);
//! 2. `leading`: the attribution before the opening mark (Kim said: "..." / Kim told CGTN: "..." / according to Kim, "...");
//! 3. `interrupted`: the second half of "...," he said. "..." takes the first half's speaker;
//! 4. `continuation`: every paragraph of a multi-paragraph quotation shares one speaker;
//! 5. `next-sentence`: the speaker named only in the sentence after the quotation;
//! 6. `salience`: the person the text is about at that point.
//!
//! A pronoun ("he said") resolves to the most salient person: the speaker of
//! the last attribution or the subject of the last sentence, whichever came
//! later, not simply the nearest name (which is often the person talked about).
//! A title noun ("the professor said") resolves to the person holding that
//! title, before or after.

mod context;

use super::{Statement, StatementKind};
use crate::document::TokenKind;

pub(super) use context::{Context, Salience};
use context::{LEADING_ONLY_VERBS, SPEECH_NOUNS, is_speech_verb};

/// Fills in `speaker`, `cue` and `sieve` for direct statements (and resolves
/// pronoun and title speakers of reported ones), walking the text in order to
/// keep track of who is salient.
pub(super) fn attribute(cx: &Context, statements: &mut [Statement]) {
    let (doc, res) = (cx.doc, cx.res);
    let mut salient = Salience::default();
    let mut next_statement = 0;
    for s in 0..doc.sentences.len() {
        let mut spoke_here = None;
        while next_statement < statements.len()
            && doc.sentence_at(statements[next_statement].span.start) == Some(s)
        {
            let i = next_statement;
            next_statement += 1;
            if statements[i].kind == StatementKind::Reported {
                if statements[i].speaker.is_none()
                    && let Some(v) = statements[i].cue_token
                {
                    // "he said that ...", "..., saying ...": the salient speaker or the sentence's subject.
                    let r = doc.sentences[s].tokens.clone();
                    // The clause after the cue holds no speaker.
                    let reach = if statements[i].span.start > doc.tokens[v].span.start {
                        v + 1
                    } else {
                        r.end
                    };
                    let found = if matches!(doc.token_text(v), "saying" | "adding") {
                        cx.subject_of_sentence(s).map(|e| (e, "reported-subject"))
                    } else {
                        cx.speaker_of_verb(v, r.start, reach, &salient)
                    };
                    if let Some((e, how)) = found {
                        statements[i].speaker = Some(e);
                        statements[i].sieve = Some(sieve_name("reported", how));
                    }
                }
                if let Some(e) = statements[i].speaker {
                    spoke_here = Some(e);
                }
                continue;
            }
            if statements[i].kind != StatementKind::Direct {
                continue;
            }
            if let Some((e, sieve, cue)) = direct_speaker(cx, statements, i, &salient) {
                statements[i].speaker = Some(e);
                statements[i].sieve = Some(sieve);
                statements[i].cue = cue;
                spoke_here = Some(e);
            }
        }
        if let Some(e) = spoke_here.or_else(|| cx.subject_of_sentence(s)) {
            salient.update(res, e);
        }
    }
    share_along_continuations(statements);
}

fn direct_speaker(
    cx: &Context,
    statements: &[Statement],
    i: usize,
    salient: &Salience,
) -> Option<(usize, &'static str, Option<String>)> {
    let doc = cx.doc;
    let st = &statements[i];
    let open_tok = doc.token_at_or_after(st.span.start).saturating_sub(1);
    // The closing mark: past the punctuation trimmed off the quotation's end.
    let close_tok = (doc.token_at_or_after(st.span.end)..doc.tokens.len())
        .take_while(|&t| !matches!(doc.tokens[t].kind, TokenKind::Word | TokenKind::Number))
        .find(|&t| cx.style.is_mark(doc, t))
        .unwrap_or_else(|| doc.token_at_or_after(st.span.end));
    let close_sentence = doc
        .sentence_at(doc.tokens[close_tok.min(doc.tokens.len() - 1)].span.start)
        .unwrap_or(st.sentence);
    let para = &doc.paragraphs[st.paragraph];
    let para_end = doc.sentences[para.sentences.end - 1].tokens.end;
    let cue = |v: usize| Some(doc.token_text(v).to_lowercase());
    let closed = close_tok < doc.tokens.len() && cx.style.is_mark(doc, close_tok);

    // 1. trailing: within the closing sentence, a few tokens after the mark.
    let after = if closed { close_tok + 1 } else { close_tok };
    let sent_end = doc.sentences[close_sentence].tokens.end;
    let next_quote = (after..sent_end)
        .find(|&t| cx.style.is_mark(doc, t))
        .unwrap_or(sent_end);
    if closed
        && let Some(v) = cx.verb_in(after, next_quote, 12)
        && let Some((e, how)) = cx.speaker_of_verb(v, after, next_quote, salient)
    {
        return Some((e, sieve_name("trailing", how), cue(v)));
    }
    // 2. leading: the clause before the opening mark, in the same paragraph.
    let para_start = doc.sentences[para.sentences.start].tokens.start;
    let open_sentence = doc
        .sentence_at(doc.tokens[open_tok].span.start)
        .unwrap_or(st.sentence);
    let lo = doc.sentences[open_sentence].tokens.start.max(para_start);
    let prev_quote = (lo..open_tok)
        .rev()
        .find(|&t| cx.style.is_mark(doc, t))
        .map_or(lo, |t| t + 1);
    if open_tok > prev_quote
        && let Some(v) = (prev_quote..open_tok).rev().find(|&t| {
            is_speech_verb(doc.token_text(t)) || LEADING_ONLY_VERBS.contains(&doc.token_text(t))
        })
        && let Some((e, how)) = cx.speaker_of_verb(v, prev_quote, open_tok, salient)
    {
        return Some((e, sieve_name("leading", how), cue(v)));
    }
    // 3. interrupted: the previous quotation of this paragraph had a speaker.
    if let Some(prev) = statements[..i]
        .iter()
        .rev()
        .find(|p| p.kind == StatementKind::Direct)
        && prev.paragraph == st.paragraph
        && let Some(e) = prev.speaker
    {
        return Some((e, "interrupted", prev.cue.clone()));
    }
    // 4. continuation: decided once all parts are attributed.
    if !closed || st.continues.is_some() || close_tok >= para_end {
        return None;
    }
    // 5. next sentence: "... ." Kim, a professor, said in a statement.
    let next_s = close_sentence + 1;
    if next_s < doc.sentences.len() {
        let r = doc.sentences[next_s].tokens.clone();
        if !cx.style.is_mark(doc, r.start)
            && let Some(v) = cx.verb_in(r.start, r.end, 12)
            && let Some((e, how)) = cx.speaker_of_verb(v, r.start, r.end, salient)
        {
            return Some((e, sieve_name("next-sentence", how), cue(v)));
        }
        // "Those were the words of Wanjiru Kamau", "The account came from Katrin Vogt"
        let speech_noun = |t: usize| SPEECH_NOUNS.contains(&doc.token_text(t));
        if let Some(n) = (r.start..r.end).find(|&t| speech_noun(t))
            && let Some(p) = (n + 1..(n + 4).min(r.end))
                .find(|&t| matches!(doc.token_text(t), "of" | "from" | "by"))
            && let Some((e, _)) = (p + 1..(p + 6).min(r.end)).find_map(|t| cx.person_at(t))
        {
            return Some((
                e,
                "next-sentence",
                Some(format!("{} {}", doc.token_text(n), doc.token_text(p))),
            ));
        }
    }
    salient.last.map(|e| (e, "salience", None))
}

fn sieve_name(place: &'static str, how: &'static str) -> &'static str {
    match (place, how) {
        (_, "pronoun") => "pronoun",
        (_, "title") => "title-noun",
        (_, "according-to") => "according-to",
        (_, "institution") => "institution",
        (p, _) => p,
    }
}

/// Every paragraph of one quotation gets the speaker found for any of them.
fn share_along_continuations(statements: &mut [Statement]) {
    for i in 0..statements.len() {
        if let Some(prev) = statements[i].continues {
            match (statements[prev].speaker, statements[i].speaker) {
                (Some(e), None) => {
                    statements[i].speaker = Some(e);
                    statements[i].sieve = Some("continuation");
                }
                (None, Some(e)) => {
                    // Attribution at the end of a multi-paragraph quote: carry it back.
                    let mut k = Some(prev);
                    while let Some(j) = k {
                        if statements[j].speaker.is_none() {
                            statements[j].speaker = Some(e);
                            statements[j].sieve = Some("continuation");
                        }
                        k = statements[j].continues;
                    }
                }
                _ => {}
            }
        }
    }
}
