//! The trained tagger as the pipeline's name finder.
//!
//! The tagger's spans are taken as they are, except where a run of
//! capitalised words says more about the name than the tagger saw: a run
//! ending in an institution head word ("Science and Technology Ministry"), a
//! run after a company noun ("copper producer Andes Cobre Norte"), a run after
//! "told the" (an outlet), and a run opening with a known given name or
//! family-first surname ("Ana Lima", "Park Ji Moon"). Lone capitalised words
//! the tagger skipped are kept for the resolver to link as surnames.

use super::names::{CapitalisationFinder, NameCandidate, NameFinder, NameLabel};
use crate::document::Document;
use crate::gazetteer::Gazetteers;
use crate::tagger::{BuiltinLexicon, EntityLabel, Tagger};

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
    "daily",
    "weekly",
    "magazine",
    "tabloid",
    "outlet",
    "website",
    "consultancy",
];

pub struct TaggerFinder;

fn overlaps(a: &NameCandidate, b: &NameCandidate) -> bool {
    a.tokens.start < b.tokens.end && b.tokens.start < a.tokens.end
}

fn inside(t: &NameCandidate, run: &NameCandidate) -> bool {
    run.tokens.start <= t.tokens.start && t.tokens.end <= run.tokens.end
}

/// Replaces the spans overlapping `run` by `run` itself, labelled `label`,
/// when `accept` approves of those spans.
fn adopt_run(
    out: &mut Vec<NameCandidate>,
    run: &NameCandidate,
    label: NameLabel,
    accept: impl Fn(&[&NameCandidate]) -> bool,
) {
    let overlapping: Vec<&NameCandidate> = out.iter().filter(|t| overlaps(t, run)).collect();
    if accept(&overlapping) {
        out.retain(|t| !overlaps(t, run));
        out.push(NameCandidate {
            tokens: run.tokens.clone(),
            label: Some(label),
            confidence: 0.6,
        });
    }
}

fn tagged_spans(doc: &Document, gaz: &Gazetteers) -> Vec<NameCandidate> {
    let sentences: Vec<Vec<&str>> = doc
        .sentences
        .iter()
        .map(|s| s.tokens.clone().map(|i| doc.token_text(i)).collect())
        .collect();
    let tagged = Tagger::embedded().tag_document(&sentences, &BuiltinLexicon);
    let mut out = Vec::new();
    for (s, spans) in doc.sentences.iter().zip(tagged) {
        for span in spans {
            let label = match span.label {
                EntityLabel::Per => NameLabel::Per,
                EntityLabel::Org => NameLabel::Org,
                EntityLabel::Loc => NameLabel::Loc,
                EntityLabel::Misc => NameLabel::Misc,
            };
            // "the Queensland Parliament's Natural Resources", "China's
            // Ministry of ...": a known owner and what it owns are two names;
            // "Lloyd's List" and "Federal Prosecutor's Office" are one.
            let (start, end) = (s.tokens.start + span.start, s.tokens.start + span.end);
            let mut piece = start;
            for t in start..=end {
                let owner_known = |t: usize| {
                    let owner = doc.slice(crate::document::Span::new(
                        doc.tokens[piece].span.start,
                        doc.tokens[t - 1].span.end,
                    ));
                    let owner = owner
                        .strip_prefix("The ")
                        .or_else(|| owner.strip_prefix("the "))
                        .unwrap_or(owner);
                    gaz.is_org_head(doc.token_text(t - 1))
                        || gaz.country_by_name(owner).is_some()
                        || gaz.place(owner).is_some()
                        || gaz.body(owner).is_some()
                };
                if t == end
                    || (t > piece && matches!(doc.token_text(t), "'s" | "’s") && owner_known(t))
                {
                    if t > piece {
                        out.push(NameCandidate {
                            tokens: piece..t,
                            label: Some(label),
                            confidence: span.confidence,
                        });
                    }
                    piece = t + 1;
                }
            }
        }
    }
    out
}

impl NameFinder for TaggerFinder {
    fn find(&self, doc: &Document) -> Vec<NameCandidate> {
        let gaz = Gazetteers::get();
        let mut out = tagged_spans(doc, gaz);
        let runs = CapitalisationFinder.find(doc);
        let word = |t: usize| doc.token_text(t);
        // A head word at the end ("... Ministry") or before "of"/"for" ("Ministry
        // of Science and ICT", "Nigeria Centre for Disease Control").
        let headed = |r: &NameCandidate| {
            gaz.is_org_head(word(r.tokens.end - 1))
                || (r.tokens.start..r.tokens.end - 1)
                    .any(|t| gaz.is_org_head(word(t)) && matches!(word(t + 1), "of" | "for"))
        };
        let before = |r: &NameCandidate, k: usize| {
            if r.tokens.start >= k {
                word(r.tokens.start - k)
            } else {
                ""
            }
        };
        for run in &runs {
            let all_inside = |spans: &[&NameCandidate]| spans.iter().all(|t| inside(t, run));
            if run.tokens.len() > 1 && headed(run) {
                // "Science and Technology Ministry", "Ministry of Science and ICT".
                adopt_run(&mut out, run, NameLabel::Org, |spans| {
                    all_inside(spans) && spans.iter().all(|t| t.label != Some(NameLabel::Per))
                });
            } else if COMPANY_NOUNS.contains(&before(run, 1))
                && !gaz.is_given_name(word(run.tokens.start))
            {
                adopt_run(&mut out, run, NameLabel::Org, all_inside);
            } else if before(run, 1) == "the"
                && matches!(before(run, 2), "told" | "tells" | "with")
                && gaz.title(word(run.tokens.start)).is_none()
            {
                // "told the Capitol Ledger", "an interview with the Highland Courier".
                adopt_run(&mut out, run, NameLabel::Org, all_inside);
            } else if (2..=3).contains(&run.tokens.len()) && follows_occupation(doc, gaz, run) {
                // "the biochemist Signe Vestergaard", "cane farmer Lorraine Fitzgibbon".
                adopt_run(&mut out, run, NameLabel::Per, all_inside);
            } else if (2..=4).contains(&run.tokens.len()) {
                let (first, last) = (word(run.tokens.start), word(run.tokens.end - 1));
                if (gaz.is_given_name(first) || gaz.family_name_first(first))
                    && !gaz.is_place_head(last)
                {
                    // The tagger may have called the whole run something else only with confidence.
                    let whole_non_person = |spans: &[&NameCandidate]| {
                        spans.iter().any(|t| {
                            t.tokens == run.tokens
                                && t.label != Some(NameLabel::Per)
                                && (t.confidence >= 0.8 || !gaz.is_given_name(first))
                        })
                    };
                    adopt_run(&mut out, run, NameLabel::Per, |spans| {
                        !spans.is_empty() && all_inside(spans) && !whole_non_person(spans)
                    });
                }
            }
        }
        // "St Columba's University Hospital", "Lloyd's List": an unknown owner,
        // a possessive and a run ending in an institution word are one name
        // (a known country, place or body before "'s" stays its own mention).
        for pair in runs.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let joined =
                a.tokens.end + 1 == b.tokens.start && matches!(word(a.tokens.end), "'s" | "’s");
            let owner = doc.slice(crate::document::Span::new(
                doc.tokens[a.tokens.start].span.start,
                doc.tokens[a.tokens.end - 1].span.end,
            ));
            let owner_known = gaz.country_by_name(owner).is_some()
                || gaz.place(owner).is_some()
                || gaz.body(owner).is_some()
                || gaz.is_org_head(word(a.tokens.end - 1));
            if joined && !owner_known && headed(b) {
                let whole = NameCandidate {
                    tokens: a.tokens.start..b.tokens.end,
                    label: Some(NameLabel::Org),
                    confidence: 0.6,
                };
                adopt_run(&mut out, &whole, NameLabel::Org, |spans| {
                    spans
                        .iter()
                        .all(|t| inside(t, &whole) && t.label != Some(NameLabel::Per))
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

/// Whether a run of capitalised words comes right after an occupation noun
/// ("biochemist", "engineer", "farmer") or a lower-case job title, which makes
/// it a person's name.
fn follows_occupation(doc: &Document, gaz: &Gazetteers, run: &NameCandidate) -> bool {
    let Some(prev) = run.tokens.start.checked_sub(1) else {
        return false;
    };
    let w = doc.token_text(prev);
    let titled = w.chars().all(|c| c.is_lowercase() || c == '-') && gaz.title(w).is_some();
    (crate::names::is_occupation(w) || titled)
        && !gaz.is_org_head(doc.token_text(run.tokens.end - 1))
}
