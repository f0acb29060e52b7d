//! Surface forms: how one written name appears in text. News capitalises
//! headlines, drops diacritics ("Sao Paulo") and curls apostrophes
//! ("People’s Republic"), so each data string is expanded to the forms the
//! matcher and the lookups must accept, and keys are folded the same way.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Trim and collapse runs of whitespace to one space.
pub(crate) fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Strip diacritics (NFD, drop combining marks) and straighten apostrophes.
pub(crate) fn ascii_fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// Case- and accent-insensitive key used by lookups and name lists.
pub(crate) fn fold_key(s: &str) -> String {
    ascii_fold(&squash_spaces(s)).to_lowercase()
}

/// First letter upper-cased, rest untouched ("the Netherlands" → "The Netherlands").
pub(crate) fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Forms of a proper name the case-sensitive matcher accepts: as written,
/// with a capital first letter, ALL CAPS; each also without diacritics and
/// with a typographic apostrophe.
pub(crate) fn proper_forms(s: &str) -> Vec<String> {
    let mut base = vec![s.to_string(), capitalise_first(s), s.to_uppercase()];
    let folded: Vec<String> = base.iter().map(|f| ascii_fold(f)).collect();
    base.extend(folded);
    let curly: Vec<String> = base
        .iter()
        .filter(|f| f.contains('\''))
        .map(|f| f.replace('\'', "\u{2019}"))
        .collect();
    base.extend(curly);
    dedup(base)
}

/// Forms for the case-insensitive matcher (ASCII case is ignored there, so
/// only the accent and apostrophe variants are needed).
pub(crate) fn insensitive_forms(s: &str) -> Vec<String> {
    let mut base = vec![s.to_string(), ascii_fold(s)];
    if s.contains('\'') {
        base.push(s.replace('\'', "\u{2019}"));
    }
    dedup(base)
}

/// A one-word synonym written with a capital after its first letter ("AI",
/// "ICT", "EVs", "CEO") is an acronym and must match as written: lowercase
/// "it" or "ai" is not the sector. Longer phrases that merely contain one
/// ("Minister of Science and ICT") are safe to match in any case.
pub(crate) fn is_acronym(s: &str) -> bool {
    !s.contains(' ') && s.chars().skip(1).any(char::is_uppercase)
}

/// Plurals of a title: last word ("foreign ministers", "spokesmen") and the
/// head before "of"/"general" ("secretaries of state", "attorneys general").
pub(crate) fn plurals(title: &str) -> Vec<String> {
    let words: Vec<&str> = title.split(' ').collect();
    let mut out = Vec::new();
    let mut pluralise_at = |i: usize| {
        let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        w[i] = plural_word(words[i]);
        out.push(w.join(" "));
    };
    pluralise_at(words.len() - 1);
    match words.iter().position(|w| *w == "of") {
        Some(i) if i > 0 => pluralise_at(i - 1),
        _ => {}
    }
    if words.len() == 2 && words[1] == "general" {
        pluralise_at(0);
    }
    out
}

fn plural_word(w: &str) -> String {
    let lower = w.to_lowercase();
    if lower.ends_with("man") {
        format!("{}en", &w[..w.len() - 2])
    } else if lower.ends_with("person") {
        format!("{}people", &w[..w.len() - 6])
    } else if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["s", "sh", "ch", "x"].iter().any(|e| lower.ends_with(e)) {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    v.retain(|s| !s.is_empty() && seen.insert(s.clone()));
    v
}
