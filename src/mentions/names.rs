//! Name finders: what proposes the people and institutions no gazetteer lists.
//!
//! The interface is deliberately narrow (a document in, token ranges with an
//! optional label out) so the trained tagger and the capitalisation heuristic
//! are interchangeable; everything after (title splitting, typing against the
//! gazetteers, overlaps) is shared in `classify`.

use std::collections::HashSet;
use std::ops::Range;

use crate::document::{Document, TokenKind};
use crate::gazetteer::Gazetteers;

/// The coarse label a finder may attach (CoNLL's four types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameLabel {
    Per,
    Org,
    Loc,
    Misc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NameCandidate {
    pub tokens: Range<usize>,
    pub label: Option<NameLabel>,
    pub confidence: f32,
}

pub trait NameFinder: Sync {
    fn find(&self, doc: &Document) -> Vec<NameCandidate>;
}

/// Words that are capitalised only because they open a sentence, and
/// pronouns: never names on their own (nor are honorifics and dates).
pub(super) const NOT_NAMES: &[&str] = &[
    "Later",
    "Earlier",
    "Afterwards",
    "Separately",
    "Elsewhere",
    "Instead",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Last",
    "Next",
    "Officials",
    "Analysts",
    "Critics",
    "Experts",
    "Residents",
    "Asked",
    "Speaking",
    "Unlike",
    "Like",
    "Among",
    "Amid",
    "I",
    "A",
    "An",
    "The",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "After",
    "Before",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "You",
    "Our",
    "His",
    "Her",
    "Their",
    "Its",
    "My",
    "There",
    "Here",
    "When",
    "Where",
    "What",
    "Why",
    "How",
    "Who",
    "While",
    "Therefore",
    "However",
    "Meanwhile",
    "Also",
    "Still",
    "Yet",
    "So",
    "Then",
    "Now",
    "With",
    "By",
    "From",
    "To",
    "Of",
    "Following",
    "According",
    "Under",
    "Over",
    "Since",
    "During",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Such",
    "Other",
];

/// Days and months: capitalised, never names on their own, and the end of
/// any run of name words ("Hanul Energy on Wednesday").
pub(super) const DATE_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

/// Whether a capitalised word cannot open a name: a function word, a pronoun, a date.
pub(super) fn not_a_name(word: &str) -> bool {
    NOT_NAMES.contains(&word) || DATE_WORDS.contains(&word) || crate::names::is_honorific(word)
}

/// Whether a capitalised word ends a run of name words: "I" and dates, but
/// not the month words that are also common given names ("May", "Jan").
fn ends_run(word: &str) -> bool {
    word == "I" || (DATE_WORDS.contains(&word) && !matches!(word, "May" | "Jan"))
}

/// Lower-case words allowed inside a name ("Ministry of Science and ICT").
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "on", "the", "de", "du", "des", "la", "van", "von", "der", "al", "bin", "&",
];

/// Proposes maximal runs of capitalised words; used when no tagger is loaded
/// and as a fallback for what the tagger misses.
pub struct CapitalisationFinder;

impl NameFinder for CapitalisationFinder {
    fn find(&self, doc: &Document) -> Vec<NameCandidate> {
        let lower_words: HashSet<String> = (0..doc.tokens.len())
            .map(|i| doc.token_text(i))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .map(str::to_string)
            .collect();
        let gaz = Gazetteers::get();
        let mut out = Vec::new();
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            let mut i = range.start;
            while i < range.end {
                if !is_capitalised(doc, i) || not_a_name(doc.token_text(i)) {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut end = i + 1;
                let mut saw_of = false;
                loop {
                    // Inside a run any capitalised word belongs to the name
                    // ("Moon Hae Rin"): only a pronoun or a date word ends it.
                    if end < range.end && is_capitalised(doc, end) && !ends_run(doc.token_text(end))
                    {
                        end += 1;
                        continue;
                    }
                    // A plural possessive inside a name ("Irish Hospital Doctors' Union").
                    if end + 1 < range.end
                        && matches!(doc.tokens[end].kind, TokenKind::SingleQuote(_))
                        && doc.token_text(end - 1).ends_with('s')
                        && is_capitalised(doc, end + 1)
                        && gaz.is_org_head(doc.token_text(end + 1))
                    {
                        end += 2;
                        continue;
                    }
                    // A connector joins only when a capitalised word follows and,
                    // for "and", when the run reads as one name ("Ministry of
                    // Science and ICT", "Science and Technology Ministry").
                    if end + 1 < range.end
                        && CONNECTORS.contains(&doc.token_text(end))
                        && is_capitalised(doc, end + 1)
                    {
                        let conn = doc.token_text(end);
                        // "Hanul Energy on Wednesday": a date is no part of a name.
                        if ends_run(doc.token_text(end + 1)) {
                            break;
                        }
                        let mut probe = end + 1;
                        while probe < range.end && is_capitalised(doc, probe) {
                            probe += 1;
                        }
                        let ends_in_head = gaz.is_org_head(doc.token_text(probe - 1));
                        let joins = match conn {
                            "and" | "&" => saw_of || ends_in_head,
                            "the" => saw_of,
                            // "Subcommittee on Consumer Protection"
                            "on" => gaz.is_org_head(doc.token_text(end - 1)),
                            // "Bank of Thailand", "Gulf of Mexico", "Duke of York";
                            // not "Shares of Lockheed Martin".
                            "of" | "for" => {
                                let before = doc.token_text(end - 1);
                                gaz.is_org_head(before)
                                    || gaz.is_place_head(before)
                                    || gaz.title(before).is_some()
                                    || end - start > 1
                            }
                            _ => true,
                        };
                        if joins {
                            saw_of |= matches!(conn, "of" | "for");
                            end = probe;
                            continue;
                        }
                    }
                    break;
                }
                let sentence_initial = start == range.start || opens_clause(doc, start);
                let lone_common_word = end - start == 1
                    && sentence_initial
                    && lower_words.contains(&doc.token_text(start).to_lowercase());
                if !lone_common_word {
                    out.push(NameCandidate {
                        tokens: start..end,
                        label: None,
                        confidence: 0.5,
                    });
                }
                i = end;
            }
        }
        out
    }
}

/// A token right after an opening quote or a colon starts a clause like a sentence does.
fn opens_clause(doc: &Document, i: usize) -> bool {
    i > 0
        && (matches!(doc.tokens[i - 1].kind, TokenKind::DoubleQuote(_))
            || doc.token_text(i - 1) == ":")
}

fn is_capitalised(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = doc.token_text(i);
    w.chars().next().is_some_and(char::is_uppercase) && w != "'s" && w != "’s"
}
