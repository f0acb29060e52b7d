use super::*;

fn words(doc: &Document, s: usize) -> Vec<&str> {
    doc.sentences[s]
        .tokens
        .clone()
        .map(|i| doc.token_text(i))
        .collect()
}

#[test]
fn offsets_point_into_the_original_bytes() {
    let text = "“Trade is growing,” said Ana\u{a0}Lima — the minister.";
    let doc = Document::parse("d", text);
    for t in &doc.tokens {
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
    }
    let toks: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
    assert_eq!(
        toks,
        [
            "“", "Trade", "is", "growing", ",", "”", "said", "Ana", "Lima", "—", "the", "minister",
            "."
        ]
    );
    assert_eq!(doc.tokens[0].kind, TokenKind::DoubleQuote(QuoteSide::Open));
    assert_eq!(doc.tokens[5].kind, TokenKind::DoubleQuote(QuoteSide::Close));
    assert_eq!(doc.tokens[9].kind, TokenKind::Dash);
}

#[test]
fn possessives_abbreviations_and_hyphens() {
    let doc = Document::parse(
        "d",
        "China's ties with the U.S. grew. Mr. Tan runs Acme Inc. in Taipei-based units.",
    );
    assert_eq!(
        words(&doc, 0),
        ["China", "'s", "ties", "with", "the", "U.S.", "grew", "."]
    );
    assert_eq!(
        words(&doc, 1),
        [
            "Mr.",
            "Tan",
            "runs",
            "Acme",
            "Inc.",
            "in",
            "Taipei-based",
            "units",
            "."
        ]
    );
}

#[test]
fn sentences_split_on_terminal_marks_not_inside_quotes() {
    let doc = Document::parse(
        "d",
        "\"We agree. It works,\" he said. Then she left! Did he? Yes.",
    );
    assert_eq!(doc.sentences.len(), 5);
    assert_eq!(words(&doc, 0), ["\"", "We", "agree", "."]);
    assert_eq!(
        words(&doc, 1),
        ["It", "works", ",", "\"", "he", "said", "."]
    );
}

#[test]
fn initialism_ends_a_sentence_only_before_a_sentence_starter() {
    let doc = Document::parse(
        "d",
        "Talks with the U.S. The deal with the U.S. Senate stalled.",
    );
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn headline_line_after_a_paragraph_stands_alone() {
    let text = "Officials met in Lima on Monday. They agreed.\nPeru and Chile deepen trade ties\nA second report follows.";
    let doc = Document::parse("d", text);
    assert_eq!(doc.paragraphs.len(), 3);
    assert!(doc.paragraphs[1].is_headline);
    assert!(!doc.paragraphs[0].is_headline);
    assert_eq!(
        doc.slice(doc.paragraphs[1].span),
        "Peru and Chile deepen trade ties"
    );
    assert_eq!(doc.sentences.len(), 4);
}

#[test]
fn hard_wrapped_text_joins_lines_within_a_paragraph() {
    let text = "The minister said the plan\nwould be announced soon.\n\nA second paragraph.\n";
    let doc = Document::parse("d", text);
    assert_eq!(doc.paragraphs.len(), 2);
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn empty_and_whitespace_only_text() {
    assert!(Document::parse("d", "").tokens.is_empty());
    assert!(Document::parse("d", " \n\u{a0}\n\t").paragraphs.is_empty());
}

#[test]
fn sentence_at_finds_the_enclosing_sentence() {
    let doc = Document::parse("d", "One here. Two there.");
    assert_eq!(doc.sentence_at(0), Some(0));
    assert_eq!(doc.sentence_at(12), Some(1));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the text, tokens are in order, never overlap, sit on char
        /// boundaries and never cover white space; sentences nest in paragraphs.
        #[test]
        fn tokens_are_ordered_slices_of_the_original(text in "(\\PC|[\"“”‘’'\\u{a0}—\\n .,!?()]){0,200}") {
            let doc = Document::parse("p", text.clone());
            let mut last_end = 0;
            for t in &doc.tokens {
                prop_assert!(t.span.start >= last_end && t.span.start < t.span.end && t.span.end <= text.len());
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                prop_assert!(!doc.slice(t.span).chars().any(char::is_whitespace));
                last_end = t.span.end;
            }
            for s in &doc.sentences {
                prop_assert!(doc.paragraphs[s.paragraph].span.contains(s.span));
            }
        }
    }
}
