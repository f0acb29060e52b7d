//! The per-document pipeline and its output: one `Analysis` per article, and
//! the annotations file `newsgraph extract` writes (the evaluation schema of
//! `../shared/eval/README.md`, with offsets, ids and sieves added).

use serde::Serialize;

use crate::document::{Document, Span};
use crate::ingest::Article;
use crate::mentions::{self, Mention, NameFinder};
use crate::quotes::{self, Statement, StatementKind};
use crate::relations::{self, Relation, RelationKind};
use crate::resolve::{self, Resolution, Role};

/// Everything the pipeline found in one article.
pub struct Analysis {
    /// The article's metadata; its text is in `doc`.
    pub article: Article,
    pub doc: Document,
    pub mentions: Vec<Mention>,
    pub resolution: Resolution,
    pub roles: Vec<Role>,
    pub statements: Vec<Statement>,
    pub relations: Vec<Relation>,
}

/// Runs the stages in order on one article.
pub fn analyze(article: &Article, finder: &dyn NameFinder) -> Analysis {
    let doc = Document::parse(article.id.clone(), article.text.clone());
    let mentions = mentions::find_mentions(&doc, finder);
    let resolution = resolve::resolve(&doc, &mentions);
    let roles = resolve::find_roles(&doc, &mentions, &resolution);
    let statements = quotes::find_statements(&doc, &mentions, &resolution, &roles);
    let relations = relations::find_relations(&doc, &mentions, &resolution, &roles, &statements);
    // The text lives in `doc`; the article keeps only its metadata.
    let meta = Article {
        text: String::new(),
        id: article.id.clone(),
        title: article.title.clone(),
        date: article.date.clone(),
        url: article.url.clone(),
        origin: article.origin.clone(),
        stem: article.stem.clone(),
    };
    Analysis {
        article: meta,
        doc,
        mentions,
        resolution,
        roles,
        statements,
        relations,
    }
}

#[derive(Debug, Serialize)]
pub struct Annotations {
    pub source: String,
    pub id: String,
    pub entities: Vec<EntityOut>,
    pub quotes: Vec<QuoteOut>,
    pub reported: Vec<QuoteOut>,
    pub affiliations: Vec<AffiliationOut>,
    pub relations: Vec<RelationOut>,
}

#[derive(Debug, Serialize)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub mentions: Vec<String>,
    pub spans: Vec<Span>,
}

#[derive(Debug, Serialize)]
pub struct QuoteOut {
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    pub sieve: Option<&'static str>,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

#[derive(Debug, Serialize)]
pub struct AffiliationOut {
    pub person: String,
    pub institution_or_country: String,
    pub role: String,
}

#[derive(Debug, Serialize)]
pub struct RelationOut {
    pub source: String,
    pub relation: &'static str,
    pub target: String,
}

impl Analysis {
    fn name(&self, e: usize) -> String {
        self.resolution.entities[e].name.clone()
    }

    pub fn annotations(&self) -> Annotations {
        let entities = self
            .resolution
            .entities
            .iter()
            .map(|e| EntityOut {
                id: e.key.clone(),
                name: e.name.clone(),
                kind: e.kind.as_str(),
                mentions: e.forms.clone(),
                spans: e.mentions.iter().map(|&m| self.mentions[m].span).collect(),
            })
            .collect();
        let statement = |s: &Statement| QuoteOut {
            text: s.text.clone(),
            speaker: s.speaker.map(|e| self.name(e)),
            speaker_id: s.speaker.map(|e| self.resolution.entities[e].key.clone()),
            cue: s.cue.clone(),
            sieve: s.sieve,
            start: s.span.start,
            end: s.span.end,
            paragraph: s.paragraph,
        };
        let of_kind = |k: StatementKind| self.statements.iter().filter(move |s| s.kind == k);
        let affiliations = self
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::AffiliatedWith)
            .map(|r| AffiliationOut {
                person: self.name(r.source),
                institution_or_country: self.name(r.target),
                role: r.role.clone().unwrap_or_default(),
            })
            .collect();
        let relations = self
            .relations
            .iter()
            .filter(|r| r.kind != RelationKind::AffiliatedWith)
            .map(|r| RelationOut {
                source: self.name(r.source),
                relation: r.kind.as_str(),
                target: self.name(r.target),
            })
            .collect();
        Annotations {
            source: self.article.origin.clone(),
            id: self.article.id.clone(),
            entities,
            quotes: of_kind(StatementKind::Direct).map(statement).collect(),
            reported: of_kind(StatementKind::Reported).map(statement).collect(),
            affiliations,
            relations,
        }
    }
}
