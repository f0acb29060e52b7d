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
use crate::tagger::{BuiltinLexicon, EntityLabel, Tagger};

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

/// Words that are capitalised only because they open a sentence or are
/// pronouns, days and months: never names on their own.
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
    "Mr",
    "Mrs",
    "Ms",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Dr",
];

/// Lower-case nouns that introduce a company's name in apposition.
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "producer",
    "maker",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "manufacturer",
    "supplier",
    "retailer",
    "lender",
    "insurer",
    "operator",
    "conglomerate",
    "startup",
    "start-up",
    "developer",
    "broadcaster",
    "newspaper",
    "airline",
    "carrier",
    "giant",
    "miner",
    "refiner",
    "shipbuilder",
    "exporter",
    "importer",
    "group",
];

/// Capitalised words that end a run of name words.
const ENDS_RUN: &[&str] = &[
    "I",
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
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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
                if !is_capitalised(doc, i) || NOT_NAMES.contains(&doc.token_text(i)) {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut end = i + 1;
                let mut saw_of = false;
                loop {
                    // Inside a run any capitalised word belongs to the name
                    // ("Moon Chung In"): only a pronoun or a date word ends it.
                    if end < range.end
                        && is_capitalised(doc, end)
                        && !ENDS_RUN.contains(&doc.token_text(end))
                    {
                        end += 1;
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
                        if ENDS_RUN.contains(&doc.token_text(end + 1)) {
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
                            _ => true,
                        };
                        if joins {
                            saw_of |= conn == "of";
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

/// The trained tagger as a name finder, with the capitalisation heuristic
/// filling two gaps the tagger leaves: lone capitalised words (surnames the
/// resolver may link) and runs ending in an institution head word.
pub struct TaggerFinder;

impl NameFinder for TaggerFinder {
    fn find(&self, doc: &Document) -> Vec<NameCandidate> {
        let tagger = Tagger::embedded();
        let sentences: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.clone().map(|i| doc.token_text(i)).collect())
            .collect();
        let tagged = tagger.tag_document(&sentences, &BuiltinLexicon);
        let mut out: Vec<NameCandidate> = Vec::new();
        for (s, spans) in doc.sentences.iter().zip(tagged) {
            for span in spans {
                let label = match span.label {
                    EntityLabel::Per => NameLabel::Per,
                    EntityLabel::Org => NameLabel::Org,
                    EntityLabel::Loc => NameLabel::Loc,
                    EntityLabel::Misc => NameLabel::Misc,
                };
                out.push(NameCandidate {
                    tokens: s.tokens.start + span.start..s.tokens.start + span.end,
                    label: Some(label),
                    confidence: span.confidence,
                });
            }
        }
        let gaz = Gazetteers::get();
        let overlaps = |a: &NameCandidate, b: &NameCandidate| {
            a.tokens.start < b.tokens.end && b.tokens.start < a.tokens.end
        };
        let runs = CapitalisationFinder.find(doc);
        // A run of capitalised words ending in an institution head ("Science
        // and Technology Ministry", "Ministry of Science and ICT") is one
        // name even where the tagger broke it in pieces, unless a tagged span
        // reaches beyond it.
        let headed = |r: &NameCandidate| {
            gaz.is_org_head(doc.token_text(r.tokens.end - 1))
                || (gaz.is_org_head(doc.token_text(r.tokens.start))
                    && r.tokens.len() > 2
                    && doc.token_text(r.tokens.start + 1) == "of")
        };
        for run in runs.iter().filter(|r| r.tokens.len() > 1 && headed(r)) {
            let inside = |t: &NameCandidate| {
                run.tokens.start <= t.tokens.start && t.tokens.end <= run.tokens.end
            };
            if out
                .iter()
                .filter(|t| overlaps(t, run))
                .all(|t| inside(t) && t.label != Some(NameLabel::Per))
            {
                out.retain(|t| !overlaps(t, run));
                out.push(NameCandidate {
                    tokens: run.tokens.clone(),
                    label: Some(NameLabel::Org),
                    confidence: 0.6,
                });
            }
        }
        // "copper producer Andes Cobre Norte", "carmaker Hanul": a company
        // noun right before a run of capitalised words names an organisation.
        for run in runs.iter().filter(|r| {
            r.tokens.start > 0 && COMPANY_NOUNS.contains(&doc.token_text(r.tokens.start - 1))
        }) {
            if out
                .iter()
                .filter(|t| overlaps(t, run))
                .all(|t| run.tokens.start <= t.tokens.start && t.tokens.end <= run.tokens.end)
            {
                out.retain(|t| !overlaps(t, run));
                out.push(NameCandidate {
                    tokens: run.tokens.clone(),
                    label: Some(NameLabel::Org),
                    confidence: 0.6,
                });
            }
        }
        // "told the Capitol Ledger", "in an interview with the Highland
        // Courier": a capitalised run there is an outlet, whatever the tagger saw.
        let after_outlet_cue = |r: &NameCandidate| {
            let s = r.tokens.start;
            s >= 2
                && doc.token_text(s - 1) == "the"
                && matches!(doc.token_text(s - 2), "told" | "tells" | "with")
        };
        for run in runs
            .iter()
            .filter(|r| after_outlet_cue(r) && gaz.title(doc.token_text(r.tokens.start)).is_none())
        {
            if out
                .iter()
                .filter(|t| overlaps(t, run))
                .all(|t| run.tokens.start <= t.tokens.start && t.tokens.end <= run.tokens.end)
            {
                out.retain(|t| !overlaps(t, run));
                out.push(NameCandidate {
                    tokens: run.tokens.clone(),
                    label: Some(NameLabel::Org),
                    confidence: 0.6,
                });
            }
        }
        // A run that opens with a known given name or family-first surname
        // ("Ana Lima", "Park Ji Moon") is a person, even where the tagger saw
        // only part of it or took a surname for a city.
        for run in runs
            .iter()
            .filter(|r| (2..=4).contains(&r.tokens.len()) && !headed(r))
        {
            let first = doc.token_text(run.tokens.start);
            let last = doc.token_text(run.tokens.end - 1);
            if !(gaz.is_given_name(first) || gaz.family_name_first(first))
                || gaz.is_place_head(last)
            {
                continue;
            }
            let inside = |t: &NameCandidate| {
                run.tokens.start <= t.tokens.start && t.tokens.end <= run.tokens.end
            };
            let tagged: Vec<&NameCandidate> = out.iter().filter(|t| overlaps(t, run)).collect();
            let whole_non_person = tagged.iter().any(|t| {
                t.tokens == run.tokens
                    && t.label != Some(NameLabel::Per)
                    && (t.confidence >= 0.8 || !gaz.is_given_name(first))
            });
            if !tagged.is_empty() && tagged.iter().all(|t| inside(t)) && !whole_non_person {
                out.retain(|t| !overlaps(t, run));
                out.push(NameCandidate {
                    tokens: run.tokens.clone(),
                    label: Some(NameLabel::Per),
                    confidence: 0.6,
                });
            }
        }
        let fallback: Vec<NameCandidate> = runs
            .into_iter()
            .filter(|c| c.tokens.len() == 1 && !out.iter().any(|t| overlaps(t, c)))
            .collect();
        out.extend(fallback);
        out.sort_by_key(|c| c.tokens.start);
        out
    }
}
