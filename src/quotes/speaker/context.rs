//! What the words around a speech verb point to: the speech verbs and nouns,
//! who is salient at a point of the text, and `Context`, which finds the
//! speaker of a verb by name, pronoun, title noun, institution or definite
//! reference ("the agency said").

use crate::document::Document;
use crate::mentions::{EntityType, Mention, MentionIndex, MentionKind};
use crate::quotes::MarkStyle;
use crate::resolve::{Resolution, Role};

pub(in crate::quotes) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "noted",
    "notes",
    "explained",
    "explains",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stressed",
    "stresses",
    "asked",
    "asks",
    "wrote",
    "writes",
    "argued",
    "argues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "declared",
    "declares",
    "remarked",
    "continued",
    "commented",
    "replied",
    "recalled",
    "acknowledged",
    "admitted",
    "announced",
    "announces",
    "claimed",
    "claims",
    "suggested",
    "observed",
    "believes",
    "believed",
    "highlighted",
    "highlights",
    "concluded",
    "according",
    "posted",
    "tweeted",
    "mentioned",
];

pub(super) fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word) || word == "According"
}

/// Verbs that introduce a quotation only when they come before it
/// ("called the decision "a betrayal ...""), never as a trailing attribution.
pub(super) const LEADING_ONLY_VERBS: &[&str] = &[
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "branded",
    "termed",
];

/// Nouns that name what someone said: "the words of X", "the message from X".
pub(super) const SPEECH_NOUNS: &[&str] = &[
    "words",
    "remarks",
    "comments",
    "message",
    "account",
    "statement",
    "warning",
    "verdict",
    "assessment",
    "view",
    "evidence",
    "testimony",
    "verdict",
];

pub(super) const PRONOUNS: &[&str] = &["he", "she", "He", "She"];

/// Who the text is about at a point: the person "he"/"she" would mean, the
/// institution "it" would mean, and whoever spoke or acted last, which an
/// unattributed quotation falls back to.
#[derive(Debug, Default, Clone, Copy)]
pub(in crate::quotes) struct Salience {
    pub person: Option<usize>,
    pub institution: Option<usize>,
    pub last: Option<usize>,
}

impl Salience {
    pub(super) fn update(&mut self, res: &Resolution, e: usize) {
        match res.entities[e].kind {
            EntityType::Person => self.person = Some(e),
            EntityType::Institution => self.institution = Some(e),
            _ => return,
        }
        self.last = Some(e);
    }
}

/// What the words around a speech verb point to.
pub(in crate::quotes) struct Context<'a> {
    pub doc: &'a Document,
    pub mentions: &'a [Mention],
    pub res: &'a Resolution,
    pub roles: &'a [Role],
    /// Which marks delimit quotations in this document.
    pub style: MarkStyle,
    index: MentionIndex,
}

impl<'a> Context<'a> {
    /// Built once per document and shared by the quotation and reported-speech passes.
    pub(in crate::quotes) fn new(
        doc: &'a Document,
        mentions: &'a [Mention],
        res: &'a Resolution,
        roles: &'a [Role],
        style: MarkStyle,
    ) -> Context<'a> {
        Context {
            doc,
            mentions,
            res,
            roles,
            style,
            index: MentionIndex::new(doc, mentions),
        }
    }

    fn entity_of(&self, i: usize, kind: EntityType) -> Option<usize> {
        self.res.mention_entity[i].filter(|&e| self.res.entities[e].kind == kind)
    }

    pub(super) fn person_at(&self, token: usize) -> Option<(usize, &Mention)> {
        let i = self.index.covering(token)?;
        self.entity_of(i, EntityType::Person)
            .map(|e| (e, &self.mentions[i]))
    }

    fn mention_ending_at(&self, token: usize) -> Option<&Mention> {
        self.index
            .ending(token)
            .map(|i| &self.mentions[i])
            .filter(|m| m.entity_type().is_some())
    }

    fn institution_ending_at(&self, token: usize) -> Option<usize> {
        self.entity_of(self.index.ending(token)?, EntityType::Institution)
    }

    fn institution_starting_at(&self, token: usize) -> Option<usize> {
        self.entity_of(self.index.starting(token)?, EntityType::Institution)
    }

    fn title_at(&self, token: usize) -> Option<(usize, &str)> {
        let i = self.index.covering(token)?;
        match &self.mentions[i].kind {
            MentionKind::Title { canonical } => Some((i, canonical.as_str())),
            _ => None,
        }
    }

    /// The person holding `title` (or any role in the institution named right
    /// after it: "the head of the PIC"), nearest before `pos`, else first after.
    fn holder_of(&self, title_mention: usize, title: &str, pos: usize) -> Option<usize> {
        let m = &self.mentions[title_mention];
        let of_body = {
            let mut b = m.tokens.end;
            let of = b < self.doc.tokens.len() && self.doc.token_text(b) == "of";
            b += 1;
            if b < self.doc.tokens.len() && self.doc.token_text(b) == "the" {
                b += 1;
            }
            if of {
                self.index
                    .starting(b)
                    .and_then(|i| self.res.mention_entity[i])
            } else {
                None
            }
        };
        let fits = |r: &Role| {
            r.title.split_whitespace().any(|w| w == title) || (of_body.is_some() && r.of == of_body)
        };
        let sentence_of_pos = self
            .doc
            .sentence_at(
                self.doc.tokens[pos.min(self.doc.tokens.len() - 1)]
                    .span
                    .start,
            )
            .unwrap_or(0);
        let before = self
            .roles
            .iter()
            .rfind(|r| fits(r) && r.sentence <= sentence_of_pos);
        before
            .or_else(|| self.roles.iter().find(|r| fits(r)))
            .map(|r| r.person)
    }

    /// The institution a definite reference ending at `token` points back to
    /// ("the agency said", "the company said").
    fn definite_reference(&self, token: usize) -> Option<usize> {
        if token == 0 || !matches!(self.doc.token_text(token - 1), "the" | "The") {
            return None;
        }
        crate::resolve::definite_reference(
            self.mentions,
            self.res,
            self.doc.token_text(token),
            token,
        )
    }

    /// The speaker of the speech verb at `v`, looking no further than `[lo, hi)`.
    pub(in crate::quotes) fn speaker_of_verb(
        &self,
        v: usize,
        lo: usize,
        hi: usize,
        salient: &Salience,
    ) -> Option<(usize, &'static str)> {
        let doc = self.doc;
        // "according to X"
        if doc.token_text(v).eq_ignore_ascii_case("according") {
            let x = v + 2;
            return (x < hi)
                .then(|| {
                    self.person_at(x)
                        .map(|(e, _)| (e, "according-to"))
                        .or_else(|| self.institution_starting_at(x).map(|e| (e, "according-to")))
                })
                .flatten();
        }
        // Right before the verb: "Kim said", "he said", "the professor said",
        // past an auxiliary ("she has argued") or a parenthesised acronym
        // ("the Ghana Football Association (GFA) said").
        if v > lo {
            let mut b = v - 1;
            while b > lo
                && matches!(
                    doc.token_text(b),
                    "has"
                        | "have"
                        | "had"
                        | "also"
                        | "again"
                        | "previously"
                        | "repeatedly"
                        | "later"
                        | "then"
                )
            {
                b -= 1;
            }
            if doc.token_text(b) == ")" && b >= lo + 3 && doc.token_text(b - 2) == "(" {
                b -= 3;
            }
            if let Some((e, _)) = self.person_at(b) {
                return Some((e, "name"));
            }
            if PRONOUNS.contains(&doc.token_text(b)) {
                return salient.person.map(|e| (e, "pronoun"));
            }
            if matches!(doc.token_text(b), "it" | "It") {
                return salient.institution.map(|e| (e, "pronoun"));
            }
            if let Some((ti, title)) = self.title_at(b) {
                // A title noun names its speaker or no one: never fall back to a nearby name.
                return self.holder_of(ti, title, v).map(|e| (e, "title"));
            }
            // "X, which said ...", "X, who said ...": the name before the relative pronoun.
            if matches!(doc.token_text(b), "which" | "who")
                && b > lo + 1
                && doc.token_text(b - 1) == ","
            {
                let r = b - 2;
                let r = if doc.token_text(r) == ")" && r >= lo + 3 {
                    r - 3
                } else {
                    r
                };
                if let Some((e, _)) = self.person_at(r) {
                    return Some((e, "name"));
                }
                if let Some(e) = self
                    .institution_ending_at(r)
                    .or_else(|| self.definite_reference(r))
                {
                    return Some((e, "institution"));
                }
            }
            // The subject opening the clause before an appositive ("Alasdair
            // Baird, the transport secretary in the Scottish Government, said";
            // "The company, which bought ..., said") beats names inside it.
            if let Some(e) = self.clause_subject(lo, v) {
                return Some(e);
            }
            // "the Fed said", "the OAS mission said": institutions speak too,
            // when named at the verb; but in "X of the University said" the
            // speaker is X.
            let inst_at = |t: usize| {
                self.institution_ending_at(t).filter(|_| {
                    self.mention_ending_at(t).is_none_or(|m| {
                        // The word before the name, past a "the".
                        let mut p = m.tokens.start;
                        if p > 0 && doc.token_text(p - 1) == "the" {
                            p -= 1;
                        }
                        p == 0 || !matches!(doc.token_text(p - 1), "of" | "at" | "from" | "for")
                    })
                })
            };
            let noun_between = b > lo
                && doc.token_text(b).chars().all(char::is_lowercase)
                && !PRONOUNS.contains(&doc.token_text(b));
            if let Some(e) = inst_at(b).or_else(|| if noun_between { inst_at(b - 1) } else { None })
            {
                return Some((e, "institution"));
            }
            if let Some(e) = self.definite_reference(b) {
                return Some((e, "institution"));
            }
        }
        // Right after: "said Kim", "said he", "said the head of ...", "said
        // retired fisherman Tom Linklater". After "told" or "asked" comes the
        // listener, never the speaker.
        let mut a = if matches!(doc.token_text(v), "told" | "tells" | "asked" | "asks") {
            hi
        } else {
            v + 1
        };
        while a < hi
            && a < v + 3
            && (matches!(doc.token_text(a), "the" | "a" | "an" | "former")
                || crate::names::is_honorific(doc.token_text(a)))
        {
            a += 1;
        }
        if a < hi {
            if let Some((e, _)) = self.person_at(a) {
                return Some((e, "name"));
            }
            if let Some(e) = self
                .institution_starting_at(a)
                .filter(|_| a == v + 1 || doc.token_text(a - 1) == "the")
            {
                return Some((e, "institution"));
            }
            if PRONOUNS.contains(&doc.token_text(a)) {
                return salient.person.map(|e| (e, "pronoun"));
            }
            if let Some((ti, title)) = self
                .title_at(a)
                .or_else(|| self.title_at(a + 1).filter(|_| a + 1 < hi))
            {
                return self.holder_of(ti, title, v).map(|e| (e, "title"));
            }
            let described = (a..hi.min(a + 4))
                .take_while(|&t| {
                    doc.token_text(t)
                        .chars()
                        .all(|c| c.is_lowercase() || c == '-')
                })
                .count();
            if described > 0
                && let Some((e, _)) = self.person_at(a + described)
            {
                return Some((e, "name"));
            }
        }
        // Further back in the clause: the nearest person.
        (lo..v.saturating_sub(1))
            .rev()
            .find_map(|t| self.person_at(t).map(|(e, _)| (e, "name")))
    }

    /// A person, institution or definite reference ("The company") that opens
    /// the clause `[lo, v)` and is followed by a comma: the subject of a verb
    /// whose appositive or relative clause lies in between.
    fn clause_subject(&self, lo: usize, v: usize) -> Option<(usize, &'static str)> {
        let doc = self.doc;
        for t in lo..(lo + 3).min(v) {
            if let Some((e, m)) = self.person_at(t) {
                return (m.tokens.end < v && doc.token_text(m.tokens.end) == ",")
                    .then_some((e, "name"));
            }
            if let Some(m) = self
                .mentions
                .iter()
                .find(|m| m.tokens.start == t && m.entity_type() == Some(EntityType::Institution))
            {
                let mut end = m.tokens.end;
                if doc.token_text(end) == "(" && end + 2 < v && doc.token_text(end + 2) == ")" {
                    end += 3;
                }
                return (end < v && doc.token_text(end) == ",")
                    .then(|| self.institution_starting_at(t))
                    .flatten()
                    .map(|e| (e, "institution"));
            }
            if t + 2 < v
                && doc.token_text(t + 2) == ","
                && let Some(e) = self.definite_reference(t + 1)
            {
                return Some((e, "institution"));
            }
        }
        None
    }

    /// The first speech verb in `[lo, hi)` within `reach` tokens, skipping punctuation.
    pub(super) fn verb_in(&self, lo: usize, hi: usize, reach: usize) -> Option<usize> {
        (lo..hi.min(lo + reach)).find(|&t| is_speech_verb(self.doc.token_text(t)))
    }

    /// The person or institution a sentence opens with ("Senator Margaret
    /// Doyle said ...", "Lee concluded ...", "The Asian Development Bank
    /// pledged ..."). A name after a lower-case word ("She cited research by
    /// Priya Raman") is not the subject: a sentence that opens with a pronoun
    /// keeps the salient person as it was.
    pub(super) fn subject_of_sentence(&self, s: usize) -> Option<usize> {
        let range = self.doc.sentences[s].tokens.clone();
        let first = range.start;
        for t in first..range.end.min(first + 6) {
            if let Some((e, _)) = self.person_at(t) {
                return Some(e);
            }
            if let Some(e) = self.institution_starting_at(t) {
                return Some(e);
            }
            let w = self.doc.token_text(t);
            let opens_phrase = w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "former" | "the" | "'s" | "’s");
            if !opens_phrase || self.style.is_mark(self.doc, t) || PRONOUNS.contains(&w) {
                return None;
            }
        }
        None
    }
}
