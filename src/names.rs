//! Name normalisation shared by resolution, the graph and queries, so that
//! "Lee Soo-min", "Lee Soo Min" and "LEE SOO MIN" compare equal and
//! node ids are stable across documents and runs.

use unicode_normalization::UnicodeNormalization;

/// Lower-cased, accents folded, curly quotes straightened, periods dropped,
/// hyphens and other punctuation as spaces, possessive and leading "the" removed.
pub fn normalize(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            _ => c,
        })
        .collect::<String>()
        .to_lowercase();
    let no_possessive = folded
        .strip_suffix("'s")
        .unwrap_or(&folded)
        .replace("'s ", " ");
    let mut out = String::with_capacity(no_possessive.len());
    for c in no_possessive.chars() {
        match c {
            '.' => {}
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let words = if words.first() == Some(&"the") {
        &words[1..]
    } else {
        &words[..]
    };
    words.join(" ")
}

/// `normalize` with spaces as hyphens: the name part of a node id.
pub fn slug(name: &str) -> String {
    normalize(name).replace(' ', "-")
}

/// Honorifics written before a name and never part of it (with the
/// councillor abbreviations of British and Australian news).
pub const HONORIFICS: &[&str] = &[
    "Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Prof", "Prof.", "Sir", "Dame", "Cr",
    "Cllr",
];

/// Whether `word` is an honorific ("Dr", "Mrs.").
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

/// A lower-case occupation noun the title list may lack ("agronomist",
/// "engineer", "fellow"): the shape that makes the name next to it a person's.
pub fn is_occupation(word: &str) -> bool {
    word.len() > 4
        && ["ist", "er", "or", "ian", "ant", "ent", "ee", "fellow"]
            .iter()
            .any(|s| word.ends_with(s))
        && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Legal-form words that do not tell two institutions apart.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "ltd",
    "limited",
    "co",
    "llc",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bhd",
    "pte",
    "tbk",
];

/// `normalize` without a trailing legal form: "Visayas Microdevices Inc." and
/// "Visayas Microdevices" are one company.
pub fn institution_name_key(name: &str) -> String {
    let n = normalize(name);
    let mut words: Vec<&str> = n.split(' ').collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL_SUFFIXES.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_normalise_alike() {
        assert_eq!(normalize("Lee Soo-min"), normalize("Lee Soo Min"));
        assert_eq!(normalize("the U.S."), "us");
        assert_eq!(normalize("China’s"), "china");
        assert_eq!(normalize("São Paulo"), "sao paulo");
        assert_eq!(
            slug("Ministry of Science and ICT"),
            "ministry-of-science-and-ict"
        );
    }
}
