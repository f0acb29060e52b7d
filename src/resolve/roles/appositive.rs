//! Roles stated around a name with commas: "Name, [a|the] [former]
//! [Owner's] Title [and Title] [of research] (of|at|in|for) Body", "Name, who
//! chairs the Body", "Name, an agronomist at Body", and the mirror forms that
//! put the title first: "Its director, Name", "his Tajik counterpart, Name".

use super::bodies::{body_at, definite_reference, last_institution_before};
use super::{MODIFIERS, Role, title_of, with_modifier};
use crate::document::Document;
use crate::mentions::{EntityType, Mention};
use crate::names::is_occupation;
use crate::resolve::Resolution;

/// Verbs of a relative clause that state a role: "X, who chairs the Y".
const ROLE_VERBS: &[(&str, &str)] = &[
    ("heads", "head"),
    ("chairs", "chair"),
    ("leads", "leader"),
    ("runs", "head"),
    ("directs", "director"),
    ("founded", "founder"),
    ("manages", "manager"),
    ("co-founded", "co-founder"),
    ("oversees", "head"),
];

/// From `t`, skips "the transport committee of" or "research at": a few
/// lower-case words ending in a preposition, to where the body's name starts.
fn past_complement(doc: &Document, t: usize) -> usize {
    let n = doc.tokens.len();
    let word = |t: usize| if t < n { doc.token_text(t) } else { "" };
    if word(t).starts_with(char::is_uppercase) {
        return t;
    }
    let mut k = if word(t) == "the" { t + 1 } else { t };
    while k < n && k < t + 5 && word(k).chars().all(|c| c.is_lowercase() || c == '-') {
        if matches!(word(k), "of" | "at" | "for") {
            return k + 1;
        }
        k += 1;
    }
    t
}

pub(super) fn appositive_after(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
    m: &Mention,
) -> Option<Role> {
    let comma = m.tokens.end;
    let n = doc.tokens.len();
    if comma >= n || doc.token_text(comma) != "," {
        return None;
    }
    let word = |t: usize| if t < n { doc.token_text(t) } else { "" };
    // "who [now] chairs the [transport committee of] Senate Subcommittee"
    let adverb = usize::from(matches!(
        word(comma + 2),
        "now" | "also" | "currently" | "still" | "previously" | "once"
    ));
    if word(comma + 1) == "who"
        && let Some(&(_, title)) = ROLE_VERBS
            .iter()
            .find(|(v, _)| *v == word(comma + 2 + adverb))
    {
        let at = comma + 3 + adverb;
        let found = body_at(doc, mentions, res, at)
            .or_else(|| body_at(doc, mentions, res, past_complement(doc, at)));
        return found.map(|(of, end)| Role {
            person,
            title: title.to_string(),
            of: Some(of),
            tokens: m.tokens.start..end,
            sentence: m.sentence,
            formal: true,
        });
    }
    let mut k = comma + 1;
    let mut modifier = None;
    let mut of = None;
    while k < n && k < comma + 5 {
        let w = doc.token_text(k).to_lowercase();
        // "the company's chief executive": what "the company" points back to.
        if w == "the"
            && matches!(word(k + 2), "'s" | "’s")
            && let Some((e, end)) = body_at(doc, mentions, res, k)
        {
            of = Some(e);
            k = end + 1;
            continue;
        }
        if matches!(w.as_str(), "a" | "an" | "the") {
            k += 1;
        } else if MODIFIERS.contains(&w.as_str()) {
            modifier = Some(w);
            k += 1;
        } else if matches!(word(k + 1), "'s" | "’s")
            && let Some((e, end)) = body_at(doc, mentions, res, k)
        {
            // "SEVA's managing director", "Britain's ambassador"
            of = Some(e);
            k = end + 1;
        } else {
            break;
        }
    }
    // The title may follow an adjective or a country ("a ROK professor", "a senior analyst").
    let found = mentions
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(5)
        .find(|(_, t)| title_of(t).is_some() && t.tokens.start >= k && t.tokens.start <= k + 2);
    let (ti, title, mut end) = match found {
        Some((ti, t)) => (Some(ti), title_of(t)?.to_string(), t.tokens.end),
        None => {
            // An occupation the title list lacks, right before a preposition.
            let last = (k..(k + 3).min(n)).find(|&t| {
                matches!(word(t + 1), "at" | "of" | "for" | "with") && is_occupation(word(t))
            })?;
            (
                None,
                (k..=last).map(word).collect::<Vec<_>>().join(" "),
                last + 1,
            )
        }
    };
    // "the founder and managing director of": a second title joins the first.
    if word(end) == "and"
        && let Some(second) = mentions
            .iter()
            .find(|t| title_of(t).is_some() && t.tokens.start > end && t.tokens.start <= end + 2)
    {
        end = second.tokens.end;
    }
    // "head of research at the Forum": skip a short lowercase complement.
    let mut prep = end;
    if word(prep) == "of"
        && !word(prep + 1).starts_with(char::is_uppercase)
        && let Some(p) =
            (prep + 1..(prep + 4).min(n)).find(|&t| matches!(word(t), "at" | "for" | "with"))
    {
        prep = p;
    }
    if of.is_none()
        && matches!(word(prep), "of" | "at" | "in" | "for" | "with" | "to")
        && let Some((e, body_end)) = body_at(doc, mentions, res, prep + 1)
    {
        // "ambassador to Indonesia" names where, not whom for: keep the owner if there is one.
        if word(prep) != "to" {
            of = Some(e);
            end = body_end;
        }
    }
    // "a ROK professor": the country before the title.
    if of.is_none()
        && let Some(ti) = ti
        && let Some(prev) = ti.checked_sub(1)
        && mentions[prev].tokens.end == mentions[ti].tokens.start
        && mentions[prev].tokens.start > comma
        && let Some(e) = res.mention_entity[prev]
        && matches!(
            res.entities[e].kind,
            EntityType::Country | EntityType::Institution
        )
    {
        // "a ROK professor", "a former Supreme Court judge"
        of = Some(e);
    }
    if ti.is_none() && of.is_none() {
        return None;
    }
    Some(Role {
        person,
        title: with_modifier(modifier, &title),
        of,
        tokens: m.tokens.start..end,
        sentence: m.sentence,
        formal: true,
    })
}

/// "Its director, Marc Dewulf" (the institution just named) and "his Tajik
/// counterpart, Farrukh Nazarov" (that country): the title comes first and
/// the name stands in apposition after a comma.
pub(super) fn introduced_by_title(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
) -> Option<Role> {
    let m = &mentions[i];
    let mut comma = m.tokens.start.checked_sub(1)?;
    // "the union's chairperson, Dr Aisling Rafferty": an honorific may stand between.
    if crate::names::is_honorific(doc.token_text(comma)) {
        comma = comma.checked_sub(1)?;
    }
    if doc.token_text(comma) != "," {
        return None;
    }
    // The title ends at the comma ("director"), or a short complement follows
    // it ("Minister for Health"), or it is "counterpart".
    let before = comma.checked_sub(1)?;
    let title_mention = mentions.iter().find(|t| {
        title_of(t).is_some()
            && t.tokens.end <= comma
            && t.tokens.end + 3 >= comma
            && (t.tokens.end == comma || matches!(doc.token_text(t.tokens.end), "for" | "of"))
    });
    let title = match title_mention {
        Some(t) => title_of(t)?.to_string(),
        None if doc.token_text(before) == "counterpart" => "counterpart".to_string(),
        None => return None,
    };
    let mut title_start = title_mention.map_or(before, |t| t.tokens.start);
    // "Taiwan's deputy economics minister": modifiers between owner and title.
    for _ in 0..2 {
        let w = if title_start > 0 {
            doc.token_text(title_start - 1)
        } else {
            ""
        };
        if w.is_empty()
            || !w.chars().all(|c| c.is_lowercase() || c == '-')
            || matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their")
        {
            break;
        }
        title_start -= 1;
    }
    let owner_at = title_start.checked_sub(1)?;
    let of = match doc.token_text(owner_at) {
        "Its" | "its" | "Their" | "their" => last_institution_before(mentions, res, owner_at),
        "'s" | "’s" if owner_at >= 2 && matches!(doc.token_text(owner_at - 2), "The" | "the") => {
            // "The academy's director, X": what "the academy" points back to.
            definite_reference(mentions, res, doc.token_text(owner_at - 1), owner_at - 1)
        }
        "'s" | "’s" => {
            // "Taiwan's deputy economics minister, X", "Hanseatic's head of ..., X".
            let o = mentions.iter().position(|x| x.tokens.end == owner_at)?;
            res.mention_entity[o].filter(|&e| {
                matches!(
                    res.entities[e].kind,
                    EntityType::Country | EntityType::Institution
                )
            })
        }
        "The" | "the" => None,
        _ => {
            // "his Tajik counterpart": a demonym or country right before the title.
            let c = mentions.iter().position(|x| x.tokens.end == title_start)?;
            res.mention_entity[c].filter(|&e| res.entities[e].kind == EntityType::Country)
        }
    };
    // "The Minister for Health, X": a formal title with no owner; the
    // affiliation step links government titles to the article's country.
    let formal = of.is_some()
        || title_mention.is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase));
    if of.is_none() && !formal {
        return None;
    }
    Some(Role {
        person,
        title,
        of,
        tokens: owner_at..m.tokens.end,
        sentence: m.sentence,
        formal,
    })
}

/// "X, the company's chief executive, who remains an associate professor of
/// molecular biology at the university": a relative clause with a copula
/// ("who is / was / remains / serves as") states a further role, within the
/// sentence after the name.
pub(super) fn relative_clause_role(
    doc: &Document,
    mentions: &[Mention],
    res: &Resolution,
    i: usize,
    person: usize,
) -> Option<Role> {
    let m = &mentions[i];
    let sentence_end = doc.sentences[m.sentence].tokens.end;
    let word = |t: usize| {
        if t < sentence_end {
            doc.token_text(t)
        } else {
            ""
        }
    };
    let who = (m.tokens.end..(m.tokens.end + 15).min(sentence_end))
        .find(|&t| word(t) == "who" && word(t.saturating_sub(1)) == ",")?;
    let mut k = who + 1;
    if !matches!(
        word(k),
        "is" | "was" | "remains" | "became" | "serves" | "served"
    ) {
        return None;
    }
    k += 1;
    while matches!(word(k), "as" | "a" | "an" | "the" | "also" | "now") {
        k += 1;
    }
    // The title, possibly after a modifier or two ("an associate professor").
    let title_m = mentions
        .iter()
        .skip(i + 1)
        .find(|t| title_of(t).is_some() && t.tokens.start >= k && t.tokens.start <= k + 2)?;
    let title = title_of(title_m)?.to_string();
    // "... of molecular biology at the university": skip a lowercase complement to the body.
    let mut prep = title_m.tokens.end;
    if word(prep) == "of"
        && !word(prep + 1).starts_with(char::is_uppercase)
        && let Some(p) = (prep + 1..(prep + 5).min(sentence_end))
            .find(|&t| matches!(word(t), "at" | "for" | "with"))
    {
        prep = p;
    }
    if !matches!(word(prep), "of" | "at" | "in" | "for" | "with") {
        return None;
    }
    let (of, end) = body_at(doc, mentions, res, prep + 1)?;
    Some(Role {
        person,
        title,
        of: Some(of),
        tokens: m.tokens.start..end,
        sentence: m.sentence,
        formal: true,
    })
}
